using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using WorkoutGenerator.Cli.Rendering;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Services.TimeZones;
using WorkoutGenerator.Services.Planning;

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
        using var database = DatabaseOpener.OpenForReading(context, settings);
        var (zone, runs) = RunnerTimeZones.Load(database, context.Time);
        // Today on the runner's clock, as for next and plan, not the computer's.
        var today = DateOnly.FromDateTime(zone.Zone.ToLocal(context.Time.GetUtcNow()));
        if (settings.AtLocal is { } at && DateBounds.Check(DateOnly.FromDateTime(at), today, "The day to predict for") is { } outOfBounds)
        {
            throw new UserFacingException(outOfBounds, "--at");
        }

        var result = new ModelService(context.Time).Predict(runs, zone.Zone, ModelStore.For(database), settings.AtLocal, cancellationToken);
        if (settings.Json)
        {
            JsonOutput.Write(context.DataOut, PredictionView.ToJson(result));
        }
        else
        {
            PredictionView.Render(context.Console, result, settings.Unit);
        }

        return 0;
    }
}
