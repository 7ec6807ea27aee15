using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using WorkoutGenerator.Cli.Rendering;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Views;

namespace WorkoutGenerator.Cli.Commands;

public sealed class RunsSettings : DataSettings
{
    [CommandOption("--last <N>")]
    [Description("Only the newest N runs.")]
    public string? LastOption { get; init; }

    public int? Last => WholeNumber.Parse(LastOption);

    public override ValidationResult Validate() =>
        WholeNumber.Error(OptionBounds.LastRuns, LastOption) is { } error ? ValidationResult.Error(error) : base.Validate();
}

public sealed class RunsCommand(CliContext context) : Command<RunsSettings>
{
    public override int Execute(CommandContext commandContext, RunsSettings settings, CancellationToken cancellationToken)
    {
        using var workspace = WorkspaceOpener.Open(context, settings, WorkspaceAccess.Read);
        var runs = workspace.Runs.List(new RunFilter(Last: settings.Last));
        if (settings.Json)
        {
            JsonOutput.Write(context.DataOut, runs.Select(RunView.From).ToList());
            return 0;
        }

        DamageNotes.Write(context.Console, workspace.Runs.Damaged());
        if (runs.Count == 0)
        {
            context.Console.MarkupLineInterpolated($"No runs in {ConsoleText.Clean(workspace.DatabasePath)} yet. Import an export first: workoutgen import <path>");
            return 0;
        }

        context.Console.Write(RunTable.Build(runs, settings.Unit, context.Console));
        return 0;
    }
}
