using System.Globalization;
using WorkoutGenerator.Domain.Analytics;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Planning;

public enum DayOutcome
{
    /// <summary>Planned, and a run was done that day.</summary>
    Done,

    /// <summary>Planned for a day before <c>asOf</c>, and no run that day.</summary>
    Missed,

    /// <summary>Planned for <c>asOf</c> or later, not run yet.</summary>
    Upcoming,

    /// <summary>Run on a day the plan had no workout.</summary>
    Extra,
}

public sealed record DayStatus(DateOnly Date, Workout? Planned, IReadOnlyList<Run> Done, DayOutcome Outcome)
{
    public Distance DoneDistance => Done.Aggregate(Distance.Zero, (sum, run) => sum + run.Distance);
}

public sealed record WeekStatus(DateOnly WeekStart, Distance Planned, Distance Done, int PlannedRuns, int DoneRuns, int Missed, int Extra);

public sealed record PlanStatusReport(IReadOnlyList<DayStatus> Days, IReadOnlyList<WeekStatus> Weeks)
{
    public int Missed => Days.Count(day => day.Outcome == DayOutcome.Missed);

    public int Extra => Days.Count(day => day.Outcome == DayOutcome.Extra);
}

/// <summary>Planned against done, day by day and week by week, from the plan's start to race day.</summary>
public static class PlanStatus
{
    public static PlanStatusReport Compare(TrainingPlan plan, IReadOnlyList<Run> runs, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(runs);
        var from = plan.Options.From;
        var to = plan.Options.RaceDate;
        var planned = plan.Workouts.ToLookup(workout => workout.Date);
        var done = runs
            .Where(run => !PlannedRun.IsPlanned(run))
            .ToLookup(run => DateOnly.FromDateTime(run.WallClockStart()));
        var days = new List<DayStatus>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var ran = done[day].ToList();
            var workout = planned[day].FirstOrDefault();
            DayOutcome? outcome = workout is null
                ? ran.Count > 0 ? DayOutcome.Extra : null
                : ran.Count > 0 ? DayOutcome.Done : day < asOf ? DayOutcome.Missed : DayOutcome.Upcoming;
            if (outcome is { } value)
            {
                days.Add(new DayStatus(day, workout, ran, value));
            }
        }

        var weeks = days
            .GroupBy(day => WeeklyVolumes.WeekStartOf(day.Date))
            .Select(week => new WeekStatus(
                week.Key,
                week.Where(day => day.Planned is not null).Aggregate(Distance.Zero, (sum, day) => sum + day.Planned!.Distance),
                week.Aggregate(Distance.Zero, (sum, day) => sum + day.DoneDistance),
                week.Count(day => day.Planned is not null),
                week.Sum(day => day.Done.Count),
                week.Count(day => day.Outcome == DayOutcome.Missed),
                week.Count(day => day.Outcome == DayOutcome.Extra)))
            .ToList();
        return new PlanStatusReport(days, weeks);
    }
}
