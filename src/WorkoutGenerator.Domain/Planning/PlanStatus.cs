using WorkoutGenerator.Domain.Analytics;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Planning;

public enum DayOutcome
{
    /// <summary>Done as planned: within +-20% of the planned distance, and a session at its pace (TrainingPeaks' green).</summary>
    Done,

    /// <summary>Planned for a day before <c>asOf</c>, and nothing run, or under 50% / over 150% of it (TrainingPeaks' red).</summary>
    Missed,

    /// <summary>Planned for <c>asOf</c> or later, not run yet.</summary>
    Upcoming,

    /// <summary>Run on a day the plan had no workout, and matching none the day before or after.</summary>
    Extra,

    /// <summary>Run, but 50-79% or 121-150% of the planned distance, or a session run slower than its pace (TrainingPeaks' yellow).</summary>
    Partial,
}

/// <summary>One day of a plan: what was planned, what was run, how the two compare.</summary>
public sealed record DayStatus(DateOnly Date, Workout? Planned, IReadOnlyList<Run> Done, DayOutcome Outcome)
{
    public Distance DoneDistance => Done.Aggregate(Distance.Zero, (sum, run) => sum + run.Distance);

    /// <summary>How the runs done compare with the plan ("9.70 km of 28.70 km planned, 34%"); empty without a plan or a run.</summary>
    public string Note { get; init; } = string.Empty;
}

/// <summary>One week of a plan: distance and runs planned and done.</summary>
public sealed record WeekStatus(DateOnly WeekStart, Distance Planned, Distance Done, int PlannedRuns, int DoneRuns, int Missed, int Extra)
{
    /// <summary>The share of the week's planned runs up to <c>asOf</c> done as planned (null before any was due).</summary>
    public double? Compliance { get; init; }

    public int Partial { get; init; }
}

public sealed record PlanStatusReport(IReadOnlyList<DayStatus> Days, IReadOnlyList<WeekStatus> Weeks)
{
    public int Missed => Days.Count(day => day.Outcome == DayOutcome.Missed);

    public int Extra => Days.Count(day => day.Outcome == DayOutcome.Extra);

    public int Partial => Days.Count(day => day.Outcome == DayOutcome.Partial);
}

/// <summary>
/// Planned against done, day by day and week by week, from the plan's start to race day. A run matches a planned
/// workout by what it was, not only by its date: the runs of the planned day, or a run moved to the day before or
/// after (on a day the plan left free) when it is the planned run within +-20%. TrainingPeaks' compliance colours
/// decide: within +-20% of the planned distance is done (a session also at its pace), 50-79% or 121-150% partial,
/// anything else missed; so a 9.7 km run is not a planned 28.7 km long run done.
/// </summary>
public static class PlanStatus
{
    public const double DoneWithin = 0.2;
    public const double PartialWithin = 0.5;

    /// <summary>A session counts as done at its pace when the run's mean pace is at most this much slower than the plan's mean.</summary>
    public const double SessionPaceSlack = 0.08;

    public static PlanStatusReport Compare(TrainingPlan plan, IReadOnlyList<Run> runs, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(runs);
        var from = plan.Options.From;
        var to = plan.Options.RaceDate;
        var planned = plan.Workouts.GroupBy(workout => workout.Date).ToDictionary(g => g.Key, g => g.First());
        var done = runs
            .Where(run => !PlannedRun.IsPlanned(run))
            .GroupBy(run => DateOnly.FromDateTime(run.WallClockStart()))
            .ToDictionary(g => g.Key, g => g.ToList());

        // A run moved a day: it counts for the planned day next to it when that day has no run of its own, its own
        // day no plan, and it is the planned run (done within +-20%).
        var moved = new Dictionary<DateOnly, DateOnly>();
        foreach (var (day, ran) in done.Where(pair => pair.Key >= from && pair.Key <= to && !planned.ContainsKey(pair.Key)))
        {
            foreach (var target in new[] { day.AddDays(-1), day.AddDays(1) })
            {
                if (planned.TryGetValue(target, out var workout) && !done.ContainsKey(target) && !moved.ContainsValue(target) && Judge(workout, ran).Outcome == DayOutcome.Done)
                {
                    moved[day] = target;
                    break;
                }
            }
        }

        var movedInto = moved.ToDictionary(pair => pair.Value, pair => pair.Key);
        var days = new List<DayStatus>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var ran = movedInto.TryGetValue(day, out var movedFrom) ? done[movedFrom] : moved.ContainsKey(day) ? [] : done.GetValueOrDefault(day) ?? [];

            var workout = planned.GetValueOrDefault(day);
            if (workout is null)
            {
                if (ran.Count > 0)
                {
                    days.Add(new DayStatus(day, null, ran, DayOutcome.Extra));
                }

                continue;
            }

            if (ran.Count == 0)
            {
                days.Add(new DayStatus(day, workout, ran, day < asOf ? DayOutcome.Missed : DayOutcome.Upcoming));
                continue;
            }

            var (outcome, note) = Judge(workout, ran);
            days.Add(new DayStatus(day, workout, ran, outcome) { Note = movedInto.ContainsKey(day) ? note + ", run the day " + (movedFrom < day ? "before" : "after") : note });
        }

        var weeks = days
            .GroupBy(day => WeeklyVolumes.WeekStartOf(day.Date))
            .Select(week =>
            {
                var due = week.Where(day => day.Planned is not null && day.Outcome != DayOutcome.Upcoming).ToList();
                return new WeekStatus(
                    week.Key,
                    week.Where(day => day.Planned is not null).Aggregate(Distance.Zero, (sum, day) => sum + day.Planned!.Distance),
                    week.Aggregate(Distance.Zero, (sum, day) => sum + day.DoneDistance),
                    week.Count(day => day.Planned is not null),
                    week.Sum(day => day.Done.Count),
                    week.Count(day => day.Outcome == DayOutcome.Missed),
                    week.Count(day => day.Outcome == DayOutcome.Extra))
                {
                    Compliance = due.Count == 0 ? null : due.Count(day => day.Outcome == DayOutcome.Done) / (double)due.Count,
                    Partial = week.Count(day => day.Outcome == DayOutcome.Partial),
                };
            })
            .ToList();
        return new PlanStatusReport(days, weeks);
    }

    /// <summary>TrainingPeaks' colours for what was run against one planned workout.</summary>
    private static (DayOutcome Outcome, string Note) Judge(Workout workout, IReadOnlyList<Run> ran)
    {
        var distance = ran.Aggregate(Distance.Zero, (sum, run) => sum + run.Distance);
        var time = ran.Aggregate(Duration.Zero, (sum, run) => sum + run.MovingTime);
        var ratio = workout.Distance.Meters > 0 ? distance / workout.Distance : 1;
        var note = UnitText.Of($"{distance} of {workout.Distance} planned, {ratio * 100:0}%");
        if (Math.Abs(ratio - 1) > PartialWithin)
        {
            return (DayOutcome.Missed, note);
        }

        if (Math.Abs(ratio - 1) > DoneWithin)
        {
            return (DayOutcome.Partial, note);
        }

        // A session is done at its pace: the run's mean pace at most 8% slower than the session's (warm-up and jogs included).
        if (workout.Type is WorkoutType.Tempo or WorkoutType.Interval && time.TotalSeconds > 0 && workout.Duration.TotalSeconds > 0)
        {
            var pace = Pace.Of(distance, time);
            var plannedPace = Pace.Of(workout.Distance, workout.Duration);
            if (pace.SecondsPerMeter > plannedPace.SecondsPerMeter * (1 + SessionPaceSlack))
            {
                return (DayOutcome.Partial, note + UnitText.Of($", at {pace} against the session's {plannedPace}: run easy"));
            }
        }

        return (DayOutcome.Done, note);
    }
}
