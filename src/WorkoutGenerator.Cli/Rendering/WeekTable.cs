using System.Globalization;
using Spectre.Console;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Cli.Rendering;

internal static class WeekTable
{
    public static Table Build(IReadOnlyList<WeekVolume> weeks, DistanceUnit unit)
    {
        var table = new Table().RoundedBorder()
            .AddColumn("Week of")
            .AddColumn(new TableColumn("Runs").RightAligned())
            .AddColumn(new TableColumn("Distance").RightAligned())
            .AddColumn(new TableColumn("Time").RightAligned())
            .AddColumn(new TableColumn("Longest").RightAligned())
            .AddColumn(new TableColumn("Long runs").RightAligned())
            .AddColumn("");
        var widest = weeks.Count == 0 ? 0 : weeks.Max(week => week.Distance.Meters);
        foreach (var week in weeks)
        {
            table.AddRow(
                week.WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                week.Runs.ToString(CultureInfo.InvariantCulture),
                week.Distance.Format(unit, 1),
                week.MovingTime.Format(),
                week.LongestRun?.Format(unit, 1) ?? "-",
                week.LongRuns.ToString(CultureInfo.InvariantCulture),
                Bar(week.Distance.Meters, widest));
        }

        return table;
    }

    private static string Bar(double value, double widest)
    {
        const int width = 12;
        var cells = widest <= 0 ? 0 : (int)Math.Round(width * value / widest);
        return "[green]" + new string('█', cells) + "[/]";
    }
}
