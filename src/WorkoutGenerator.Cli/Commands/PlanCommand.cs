using Spectre.Console;
using Spectre.Console.Cli;
using WorkoutGenerator.Cli.Rendering;
using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Services.Exports;
using WorkoutGenerator.Services.Planning;
using WorkoutGenerator.Services.Views;

namespace WorkoutGenerator.Cli.Commands;

public sealed class PlanCommand(CliContext context) : Command<PlanSettings>
{
    public override int Execute(CommandContext commandContext, PlanSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Status)
        {
            using var readOnly = DatabaseOpener.OpenForReading(context, settings);
            return ShowStatus(new PlanService(readOnly, Predictors.For(readOnly), context.Time), settings);
        }

        using var database = DatabaseOpener.OpenForWriting(context, settings);
        return MakePlan(new PlanService(database, Predictors.For(database), context.Time), settings, cancellationToken);
    }

    private int MakePlan(PlanService service, PlanSettings settings, CancellationToken cancellationToken)
    {
        var options = new PlanOptions(settings.RaceDay!.Value, settings.FromDay ?? service.Today, settings.RaceKind, settings.RunsPerWeek, settings.LongRunWeekday);
        var exports = new PlanExports(settings.Ics, settings.Csv, settings.FitDirectory, settings.Unit);
        var made = service.CreatePlan(options, exports, cancellationToken).ValueOrThrow();
        var plan = made.Plan;
        if (settings.Json)
        {
            context.DataOut.WriteLine(JsonExporter.ExportPlan(plan.Workouts, settings.Unit));
            context.DataOut.Flush();
            return 0;
        }

        var console = context.Console;
        PlanTable.Render(console, made, settings.Unit, weeks: null);
        foreach (var file in new[] { settings.Ics, settings.Csv }.OfType<string>())
        {
            console.MarkupLineInterpolated($"Wrote {plan.Workouts.Count} workouts to {ConsoleText.Clean(file)}.");
        }

        if (settings.FitDirectory is { } written)
        {
            console.MarkupLineInterpolated($"Wrote a FIT workout file for each training run to {ConsoleText.Clean(written)} (replacing the ones it wrote there for an earlier plan); copy them to GARMIN/NewFiles on the watch.");
        }

        return 0;
    }

    private int ShowStatus(PlanService service, PlanSettings settings)
    {
        var status = service.Status(settings.FromDay).ValueOrThrow();
        if (settings.Json)
        {
            JsonOutput.Write(context.DataOut, PlanStatusView.From(status));
            return 0;
        }

        PlanStatusTables.Render(context.Console, status, settings.Unit);
        TimeZoneNote.Render(context.Console, status.TimeZone);
        return 0;
    }
}
