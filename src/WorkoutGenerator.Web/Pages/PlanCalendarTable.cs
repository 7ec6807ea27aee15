using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Exports;
using WorkoutGenerator.Services.Planning;
using WorkoutGenerator.Web.Html;

namespace WorkoutGenerator.Web.Pages;

/// <summary>
/// The plan as a calendar: a row per week (its phase and target first), a cell per day holding its session, the
/// session's steps in a <c>details</c> element (click) and its one-line summary as the cell's title (hover).
/// Each day cell has <c>data-testid="day-yyyy-MM-dd"</c> and <c>data-type</c> (the session's type, or "rest").
/// </summary>
internal static class PlanCalendarTable
{
    public static void Write(HtmlWriter html, PlanStatusResult status, DistanceUnit unit)
    {
        var days = status.Report.Days.ToDictionary(day => day.Date);
        html.Open("div", ("class", "table-scroll")).Open("table", ("id", "plan-calendar"), ("class", "calendar"))
            .Open("thead").Open("tr").Element("th", "Week");
        foreach (var day in PlanForm.Week)
        {
            html.Element("th", day.ToString()[..3]);
        }

        html.Close("tr").Close("thead").Open("tbody");
        foreach (var week in PlanCalendar.Weeks(status.Plan))
        {
            var byDate = week.Workouts.ToLookup(workout => workout.Date);
            html.Open("tr", ("data-week", Formats.Day(week.Week.WeekStart)), ("data-phase", week.Week.Phase.ToString().ToLowerInvariant()))
                .Open("td", ("class", "week-head"))
                .Element("strong", Formats.ShortDay(week.Week.WeekStart)).Void("br")
                .Text($"{week.Week.Phase}, target {week.Week.Target.Format(unit, 0)}")
                .Close("td");
            for (var offset = 0; offset < 7; offset++)
            {
                var date = week.Week.WeekStart.AddDays(offset);
                Day(html, date, byDate[date].ToList(), days.GetValueOrDefault(date), unit);
            }

            html.Close("tr");
        }

        html.Close("tbody").Close("table").Close("div");
    }

    /// <param name="workouts">The day's sessions: one, or none on a rest day (the cell's type is the first one's).</param>
    private static void Day(HtmlWriter html, DateOnly date, IReadOnlyList<Domain.Training.Workout> workouts, DayStatus? status, DistanceUnit unit)
    {
        var outcome = status?.Outcome.ToString().ToLowerInvariant();
        var cell = status?.Outcome switch { DayOutcome.Done => "day done", DayOutcome.Partial => "day partial", _ => "day" };
        html.Open("td", ("class", cell), ("data-date", Formats.Day(date)),
            ("data-testid", "day-" + Formats.Day(date)), ("data-type", workouts.Count == 0 ? "rest" : workouts[0].Type.Code()), ("data-outcome", outcome),
            ("title", workouts.Count == 0 ? null : string.Join("\n", workouts.Select(w => WorkoutText.Session(w, unit)))));
        foreach (var workout in workouts)
        {
            html.Open("details", ("class", "type-" + workout.Type.Code()))
                .Element("summary", WorkoutText.Summary(workout, unit))
                .Element("p", $"{workout.TargetPace.Format(unit)} (range {WorkoutText.PaceRange(workout.FastPace, workout.SlowPace, unit)}), {workout.Duration.Format()}");
            if (workout.Structure is { } structure)
            {
                WorkoutCard.Steps(html, structure, unit);
            }

            html.Element("p", WorkoutText.Read(workout.Why, unit), ("class", "note")).Close("details");
        }

        if (status is { Done.Count: > 0 })
        {
            html.Element("div", $"done {status.DoneDistance.Format(unit, 1)}", ("class", "note"), ("data-testid", "done-" + Formats.Day(date)), ("title", status.Note.Length == 0 ? null : WorkoutText.Read(status.Note, unit)));
        }

        html.Close("td");
    }
}
