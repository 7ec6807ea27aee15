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
        var table = new Table().RoundedBorder()
            .AddColumn("Date")
            .AddColumn("Name")
            .AddColumn("Type")
            .AddColumn(new TableColumn("Distance").RightAligned())
            .AddColumn(new TableColumn("Time").RightAligned())
            .AddColumn(new TableColumn("Pace").RightAligned())
            .AddColumn(new TableColumn("Climb").RightAligned());
        foreach (var run in runs)
        {
            var start = run.WallClockStart();
            table.AddRow(
                Markup.Escape(start.ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + (run.StartLocal is null ? " UTC" : "")),
                Markup.Escape(Shorten(run.Name ?? "", 32)),
                Codes.Of(run.WorkoutType),
                run.Distance.Format(unit),
                run.MovingTime.Format(),
                run.Pace.Format(unit),
                run.ElevationGain is { } gain ? $"{gain.Meters:F0} m" : "-");
        }

        return table;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
