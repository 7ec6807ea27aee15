using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using WorkoutGenerator.Cli.Rendering;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Services.Views;

namespace WorkoutGenerator.Cli.Commands;

public sealed class EvaluateSettings : ModelSettings
{
    [CommandOption("--fold-days <N>")]
    [Description("Refit every model every N days of the test period (default: folds of at least 10 test runs, at most 8 refits).")]
    public string? FoldDaysOption { get; init; }

    [CommandOption("--scratch")]
    [Description("Also back-test the Transformer trained on your runs alone (transformer_scratch); about twice the time.")]
    public bool Scratch { get; init; }

    public int? FoldDays => FoldDaysOption is null ? null : WholeNumber.Parse(FoldDaysOption);

    public override ValidationResult Validate() =>
        WholeNumber.Error(OptionBounds.FoldDays, FoldDaysOption) is { } error ? ValidationResult.Error(error) : base.Validate();
}

public sealed class EvaluateCommand(CliContext context) : Command<EvaluateSettings>
{
    public override int Execute(CommandContext commandContext, EvaluateSettings settings, CancellationToken cancellationToken)
    {
        using var workspace = WorkspaceOpener.Open(context, settings, WorkspaceAccess.Write);
        var request = new EvaluationRequest(settings.ToRequest(), settings.FoldDays, settings.Scratch);
        EvaluationOutcome outcome = null!;
        if (settings.Json || !context.Console.Profile.Capabilities.Interactive)
        {
            outcome = workspace.Evaluate.Run(request, null, cancellationToken);
        }
        else
        {
            context.Console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn())
                .Start(progress =>
                {
                    var task = progress.AddTask("Back-test", maxValue: 1.0);
                    outcome = workspace.Evaluate.Run(request, new Reporter(task), cancellationToken);
                });
        }

        if (settings.Json)
        {
            context.DataOut.WriteLine(EvaluationJson.Serialize(outcome.Result));
            context.DataOut.Flush();
            return 0;
        }

        EvaluationView.Render(context.Console, outcome, settings.Unit);
        return 0;
    }

    private sealed class Reporter(ProgressTask task) : IProgress<BackTestProgress>
    {
        public void Report(BackTestProgress value)
        {
            task.Value = ((value.Fold - 1) + ((double)value.ModelIndex / value.ModelCount)) / value.FoldCount;
            task.Description = $"Back-test fold {value.Fold}/{value.FoldCount}: {value.Model}";
        }
    }
}
