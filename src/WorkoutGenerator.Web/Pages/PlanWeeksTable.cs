using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Services.Planning;
using WorkoutGenerator.Web.Html;

namespace WorkoutGenerator.Web.Pages;

/// <summary>Each week of the plan: its phase, the target volume, what the plan holds, what was run, and its compliance
/// (the share of its planned runs so far done within 20% of their distance, TrainingPeaks-style).</summary>
internal static class PlanWeeksTable
{
    public static void Write(HtmlWriter html, PlanStatusResult status, DistanceUnit unit)
    {
        var done = status.Report.Weeks.ToDictionary(week => week.WeekStart);
        html.Open("div", ("class", "table-scroll")).Open("table", ("id", "plan-weeks")).Open("thead").Open("tr")
            .Element("th", "Week").Element("th", "Phase")
            .Element("th", "Target", ("class", "num")).Element("th", "Planned", ("class", "num")).Element("th", "Done", ("class", "num"))
            .Element("th", "Runs done / planned", ("class", "num"))
            .Element("th", "Compliance", ("class", "num"))
            .Close("tr").Close("thead").Open("tbody");
        foreach (var week in status.Plan.Weeks)
        {
            var actual = done.GetValueOrDefault(week.WeekStart);
            var started = week.WeekStart <= status.AsOf;
            html.Open("tr", ("data-week", Formats.Day(week.WeekStart)))
                .Element("td", Formats.Day(week.WeekStart))
                .Element("td", week.Phase.ToString())
                .Element("td", week.Target.Format(unit, 1), ("class", "num"), ("data-testid", "target-" + Formats.Day(week.WeekStart)))
                .Element("td", week.Planned.Format(unit, 1), ("class", "num"), ("data-testid", "planned-" + Formats.Day(week.WeekStart)))
                .Element("td", started && actual is not null ? actual.Done.Format(unit, 1) : "-", ("class", "num"), ("data-testid", "done-week-" + Formats.Day(week.WeekStart)))
                .Element("td", actual is null ? "-" : $"{Formats.Count(actual.DoneRuns)} / {Formats.Count(actual.PlannedRuns)}", ("class", "num"))
                .Element("td", actual?.Compliance is { } compliance ? $"{Formats.Count((int)Math.Round(compliance * 100))}%" : "-", ("class", "num"), ("data-testid", "compliance-" + Formats.Day(week.WeekStart)))
                .Close("tr");
        }

        html.Close("tbody").Close("table").Close("div");
    }
}
