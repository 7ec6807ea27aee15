using System.Globalization;
using Spectre.Console;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Exports;
using WorkoutGenerator.Services.Planning;

namespace WorkoutGenerator.Cli.Rendering;

/// <summary>A plan week by week: phase, target against planned volume, and each run with its type, distance and pace.</summary>
internal static class PlanTable
{
    public static void Render(IAnsiConsole console, PlanResult made, DistanceUnit unit, int? weeks)
    {
        var plan = made.Plan;
        console.MarkupLineInterpolated($"[bold]{ConsoleText.Clean(made.DecisionReason)}[/]");
        console.MarkupLineInterpolated($"Plan for a {plan.Options.Race.ToString()} on {plan.Options.RaceDate.ToString("ddd yyyy-MM-dd", CultureInfo.InvariantCulture)}, from {plan.Options.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {plan.Workouts.Count} workouts. Paces: {ConsoleText.Clean(WorkoutText.Read(made.Predictor, unit))}.");
        if (plan.Race is { } race)
        {
            console.MarkupLineInterpolated($"Race prediction: [bold]{race.GoalTime.Format()}[/] at {race.GoalPace.Format(unit)}, {ConsoleText.Clean(WorkoutText.Read(race.Method, unit))}");
        }
        else
        {
            console.MarkupLine("Race prediction: none (no run before the plan's start to estimate your fitness from).");
        }

        TimeZoneNote.Render(console, made.TimeZone);
        foreach (var warning in plan.Warnings)
        {
            console.MarkupLineInterpolated($"[yellow]note:[/] {ConsoleText.Clean(WorkoutText.Read(warning, unit))}");
        }

        var table = new Table().RoundedBorder()
            .AddColumn(new TableColumn("Week of").NoWrap())
            .AddColumn(new TableColumn("Phase").NoWrap())
            .AddColumn(new TableColumn("Target").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Planned").RightAligned().NoWrap())
            // The only column that wraps: a session row is long, and the week's numbers must stay readable beside it.
            .AddColumn(new TableColumn("Runs"));
        foreach (var (week, workouts) in PlanCalendar.Weeks(plan, weeks))
        {
            var runs = workouts.Select(workout =>
                $"{workout.Date.ToString("ddd MM-dd", CultureInfo.InvariantCulture)} {WorkoutText.Session(workout, unit)}").ToList();
            if (week.DoneBeforePlan.Meters > 0)
            {
                runs.Insert(0, $"(already run: {Number(week.DoneBeforePlan, unit)})");
            }

            table.AddRow(
                new Text(week.WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                new Text(week.Phase.ToString()),
                new Text(Number(week.Target, unit)),
                new Text(Number(week.Planned, unit)),
                new Text(string.Join("\n", runs)));
        }

        table.Caption($"Distances in {unit.Symbol()}, paces per {unit.Symbol()}.");
        console.Write(table);
    }

    private static string Number(Distance distance, DistanceUnit unit) => distance.In(unit).ToString("0.0", CultureInfo.InvariantCulture);
}
