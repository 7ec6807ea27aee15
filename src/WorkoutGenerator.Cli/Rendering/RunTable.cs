using System.Globalization;
using Spectre.Console;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Services.Views;

namespace WorkoutGenerator.Cli.Rendering;

internal static class RunTable
{
    public static Table Build(IReadOnlyList<Run> runs, DistanceUnit unit)
    {
        // Strava's CSV knows only UTC; say so once in the header rather than on every row.
        var allUtc = runs.All(run => run.StartLocal is null);
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn(new TableColumn(allUtc ? "Start (UTC)" : "Start").NoWrap())
            .AddColumn("Name")
            .AddColumn("Type")
            .AddColumn(new TableColumn("Distance").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Time").RightAligned())
            .AddColumn(new TableColumn("Pace").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Climb").RightAligned());
        // Tight padding keeps a run on one line of an 80-column terminal; only the name may wrap.
        foreach (var column in table.Columns)
        {
            column.Padding(0, 0, 2, 0);
            if (column.Header is not null && !ReferenceEquals(column, table.Columns[1]))
            {
                column.NoWrap();
            }
        }

        foreach (var run in runs)
        {
            var start = run.WallClockStart();
            table.AddRow(
                // A UTC clock time would mislead about the time of day, so it shows only where the local time is known.
                Markup.Escape(run.StartLocal is null
                    ? start.ToString("ddd yyyy-MM-dd", CultureInfo.InvariantCulture) + (allUtc ? "" : " (UTC)")
                    : start.ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
                Markup.Escape(Shorten(ConsoleText.Clean(run.Name), 24)),
                run.WorkoutType.Code(),
                run.Distance.Format(unit),
                run.MovingTime.Format(),
                run.Pace.Format(unit),
                run.ElevationGain is { } gain ? gain.FormatClimb(unit) : "-");
        }

        return table;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
