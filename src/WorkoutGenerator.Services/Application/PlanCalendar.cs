using WorkoutGenerator.Domain.Analytics;
using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Training;

namespace WorkoutGenerator.Services.Application;

/// <summary>One week of a plan with its workouts, Monday to Sunday.</summary>
public sealed record PlanCalendarWeek(PlannedWeek Week, IReadOnlyList<Workout> Workouts);

/// <summary>A plan as a calendar: its weeks, each with the workouts that fall in it (what a table or a calendar page shows).</summary>
public static class PlanCalendar
{
    /// <summary>The plan's weeks in order, or only the first <paramref name="weeks"/>.</summary>
    public static IReadOnlyList<PlanCalendarWeek> Weeks(TrainingPlan plan, int? weeks = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var byWeek = plan.Workouts.ToLookup(workout => WeeklyVolumes.WeekStartOf(workout.Date));
        var shown = weeks is { } count ? plan.Weeks.Take(count) : plan.Weeks;
        return shown.Select(week => new PlanCalendarWeek(week, byWeek[week.WeekStart].ToList())).ToList();
    }
}
