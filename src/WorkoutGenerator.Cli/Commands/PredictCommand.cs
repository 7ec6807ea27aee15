using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using WorkoutGenerator.Cli.Rendering;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Views;

namespace WorkoutGenerator.Cli.Commands;

public sealed class PredictSettings : DataSettings
{
    public const string AtFormat = "yyyy-MM-dd HH:mm";

    [CommandOption("--at <TIME>")]
    [Description("When the run starts, on the runner's clock: \"2026-11-28 07:00\". Default: tomorrow at the time of the last run.")]
    public string? At { get; init; }

    public DateTime? AtLocal => At is null ? null : DateTime.ParseExact(At, AtFormat, CultureInfo.InvariantCulture);

    public override ValidationResult Validate() =>
        At is not null && !DateTime.TryParseExact(At, AtFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? ValidationResult.Error($"--at must look like \"2026-11-28 07:00\", not \"{At}\".")
            : base.Validate();
}

public sealed class PredictCommand(CliContext context) : Command<PredictSettings>
{
    public override int Execute(CommandContext commandContext, PredictSettings settings, CancellationToken cancellationToken)
    {
        using var workspace = WorkspaceOpener.Open(context, settings, WorkspaceAccess.Read);
        var result = workspace.Predict.Run(settings.AtLocal, cancellationToken);
        if (settings.Json)
        {
            JsonOutput.Write(context.DataOut, PredictionView.From(result));
        }
        else
        {
            PredictionText.Render(context.Console, result, settings.Unit);
        }

        return 0;
    }
}
