using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Web.Charts;
using WorkoutGenerator.Web.Html;

namespace WorkoutGenerator.Web.Pages;

/// <summary>Weekly volume as bars, weeks with a long run marked, and the acute:chronic ratio as a line on its own axis.</summary>
internal static class VolumeChart
{
    public static void Write(HtmlWriter html, string id, string label, IReadOnlyList<WeekVolume> weeks, DistanceUnit unit)
    {
        var bars = weeks.Select(week => new Bar(
            Formats.Day(week.WeekStart),
            Formats.ShortDay(week.WeekStart),
            week.Distance.Meters / unit.Meters(),
            $"Week of {Formats.Day(week.WeekStart)}: {week.Distance.Format(unit, 1)} in {Formats.Count(week.Runs)} runs, {week.MovingTime.Format()}"
                + (week.LongestRun is { } longest ? $", longest {longest.Format(unit, 1)}" : string.Empty),
            week.LongRuns > 0 ? $"{Formats.Count(week.LongRuns)} long run{(week.LongRuns == 1 ? "" : "s")} in the week of {Formats.Day(week.WeekStart)}" : null)).ToList();
        var ratios = weeks.Select(week => week.AcuteChronicRatio).ToList();
        var chart = new BarChart(id, label, "week")
        {
            Bars = bars,
            ValueName = unit.Symbol(),
            Format = value => Formats.Number(value, 0),
            Overlay = new BarOverlay(
                "ratio",
                "acwr",
                ratios,
                weeks.Select(week => week.AcuteChronicRatio is { } ratio ? $"Acute:chronic ratio, week of {Formats.Day(week.WeekStart)}: {Formats.Number(ratio, 2)}" : string.Empty).ToList(),
                value => Formats.Number(value, 1)),
        };
        chart.Write(html,
            $"{label}: bars are the week's distance in {unit.Symbol()} (a dot marks a week with a long run); the line is the acute:chronic ratio (this week over the average of the last 4), shown as information, not a limit (Impellizzeri et al. 2020).");
    }
}
