using Spectre.Console;
using Spectre.Console.Cli;
using WorkoutGenerator.Cli.Rendering;
using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Services.Exports;
using WorkoutGenerator.Services.Planning;

namespace WorkoutGenerator.Cli.Commands;

public sealed class PlanCommand(CliContext context) : Command<PlanSettings>
{
    public override int Execute(CommandContext commandContext, PlanSettings settings, CancellationToken cancellationToken)
    {
        using var database = DatabaseOpener.Open(context, settings);
        var service = new PlanService(database, Predictors.For(database), context.Time);
        return settings.Status ? ShowStatus(service, settings) : MakePlan(service, settings);
    }

    private int MakePlan(PlanService service, PlanSettings settings)
    {
        var options = new PlanOptions(settings.RaceDay!.Value, settings.FromDay ?? service.Today, settings.RaceKind, settings.RunsPerWeek, settings.LongRunWeekday);
        var result = service.CreatePlan(options);
        if (result.Value is not { } made)
        {
            return Fail(result.Error!);
        }

        var plan = made.Plan;
        if (settings.Ics is { } ics)
        {
            File.WriteAllText(ics, IcsExporter.Export(plan.Workouts, settings.Unit, zone: made.TimeZone.Zone));
        }

        if (settings.Csv is { } csv)
        {
            File.WriteAllText(csv, CsvExporter.Export(plan.Workouts, settings.Unit));
        }

        if (settings.FitDirectory is { } fitDirectory)
        {
            FitWorkoutExporter.ExportAll(plan.Workouts.Where(workout => workout.Type != WorkoutType.Race), fitDirectory, context.Time.GetUtcNow());
        }

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
            console.MarkupLineInterpolated($"Wrote {plan.Workouts.Count} workouts to {file}.");
        }

        if (settings.FitDirectory is { } written)
        {
            console.MarkupLineInterpolated($"Wrote a FIT workout file for each training run to {written}; copy them to GARMIN/NewFiles on the watch.");
        }

        return 0;
    }

    private int ShowStatus(PlanService service, PlanSettings settings)
    {
        var result = service.Status(settings.FromDay);
        if (result.Value is not { } status)
        {
            return Fail(result.Error!);
        }

        if (settings.Json)
        {
            JsonOutput.Write(context.DataOut, PlanStatusView.From(status));
            return 0;
        }

        PlanStatusTables.Render(context.Console, status, settings.Unit);
        TimeZoneNote.Render(context.Console, status.TimeZone);
        return 0;
    }

    private int Fail(string error)
    {
        context.Console.MarkupLineInterpolated($"[red]error:[/] {error}");
        return 1;
    }
}
