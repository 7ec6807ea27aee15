using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Services.Exports;

namespace WorkoutGenerator.Cli.Rendering;

/// <summary>One workout as a card: what to run, how fast, for how long, in what steps, and why.</summary>
internal static class WorkoutCard
{
    public static Panel Build(Workout workout, string predictor, DistanceUnit unit)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        Row(grid, "Session", new Text(WorkoutText.Session(workout, unit)));
        Row(grid, "Distance", new Text(workout.Distance.Format(unit, 1)));
        Row(grid, "Pace", new Text($"{workout.TargetPace.Format(unit)} (range {WorkoutText.PaceRange(workout.FastPace, workout.SlowPace, unit)})"));
        Row(grid, "Duration", new Text(workout.Duration.Format()));
        if (workout.Structure is { } structure)
        {
            var steps = structure.Blocks.Select(block => WorkoutText.Structure(new WorkoutStructure([block]), unit));
            Row(grid, "Steps", new Text(string.Join("\n", steps)));
        }

        Row(grid, "Why", new Text(ConsoleText.Clean(WorkoutText.Read(workout.Why, unit))));
        Row(grid, "Reasons", new Text(string.Join("\n", workout.Reasons.Select(reason => "• " + ConsoleText.Clean(WorkoutText.Read(reason, unit))))));
        Row(grid, "Predictor", new Text(ConsoleText.Clean(WorkoutText.Read(predictor, unit))));
        var when = workout.Date.ToString("ddd yyyy-MM-dd", CultureInfo.InvariantCulture)
            + (workout.Start is { } start ? start.ToString(" HH:mm", CultureInfo.InvariantCulture) : string.Empty);
        return new Panel(grid)
            .Header($"[bold]{workout.Type}[/] {Markup.Escape(workout.Distance.Format(unit, 1))}, {Markup.Escape(when)}")
            .RoundedBorder();
    }

    private static void Row(Grid grid, string label, IRenderable value) => grid.AddRow(new Markup($"[grey]{label}[/]"), value);
}
