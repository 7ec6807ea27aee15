using WorkoutGenerator.Domain.Analytics;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Planning.Coaching;

/// <summary>
/// A plan as a coach reads it: every day's run (what was done before the plan in its first week, then what is
/// planned), Monday-to-Sunday week volumes over history and plan together, and the runner's base before the plan.
/// </summary>
public sealed class AuditContext
{
    private readonly Dictionary<DateOnly, Distance> _longestByDay;

    public AuditContext(TrainingPlan plan, IReadOnlyList<Run> history, Workout? next)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(history);
        Plan = plan;
        Next = next;
        From = plan.Options.From;
        RaceDate = plan.Options.RaceDate;
        Race = plan.Options.Race;
        Past = history.Where(run => !PlannedRun.IsPlanned(run) && Day(run) < From).ToList();
        // Asked for every planned long run: a lookup per day instead of a pass over the history.
        _longestByDay = [];
        foreach (var run in Past)
        {
            var day = Day(run);
            _longestByDay[day] = _longestByDay.TryGetValue(day, out var longest) ? Distance.Max(longest, run.Distance) : run.Distance;
        }

        Base = RunnerBase.Of(Past, From);
        Bands = PaceBands.Of(Past, From);
        Planned = plan.Workouts.Where(w => w.Type != WorkoutType.Race && w.Date >= From && w.Date < RaceDate).OrderBy(w => w.Date).ToList();
        Volumes = Past.Select(run => (Day: Day(run), run.Distance))
            .Concat(Planned.Select(w => (Day: w.Date, w.Distance)))
            .GroupBy(x => WeeklyVolumes.WeekStartOf(x.Day))
            .ToDictionary(g => g.Key, g => g.Aggregate(Distance.Zero, (sum, x) => sum + x.Distance));
        var firstFull = WeeklyVolumes.WeekStartOf(From) == From ? From : WeeklyVolumes.WeekStartOf(From).AddDays(7);
        FullWeeks = Enumerable.Range(0, 200).Select(k => firstFull.AddDays(7 * k)).TakeWhile(week => week.AddDays(6) < RaceDate).ToList();
        var taperDays = Race == RaceKind.Marathon ? 21 : 14;
        BuildWeeks = FullWeeks.Where(week => week.AddDays(6) <= RaceDate.AddDays(-taperDays)).ToList();
        Peak = FullWeeks.Select(Volume).DefaultIfEmpty(Distance.Zero).Max();
        Season = AuditSeason.Of(Past, From);
    }

    /// <summary>The last race, a break or a down week before the plan, read from the runs alone.</summary>
    public AuditSeason Season { get; }

    /// <summary>Whether <paramref name="weekStart"/>'s week holds a day of the easy days owed after the last race.</summary>
    public bool InRecovery(DateOnly weekStart) =>
        Season.LastRace is { } race && race.OwedUntil >= From && weekStart <= race.OwedUntil && weekStart.AddDays(6) > race.Date;

    public TrainingPlan Plan { get; }

    /// <summary>What `next` prescribes for the plan's first day, when known.</summary>
    public Workout? Next { get; }

    public DateOnly From { get; }

    public DateOnly RaceDate { get; }

    public RaceKind Race { get; }

    public IReadOnlyList<Run> Past { get; }

    public RunnerBase Base { get; }

    public PaceBands? Bands { get; }

    /// <summary>The planned runs from the first day to the day before the race, in date order.</summary>
    public IReadOnlyList<Workout> Planned { get; }

    public IReadOnlyDictionary<DateOnly, Distance> Volumes { get; }

    /// <summary>The Monday of every whole plan week before race week.</summary>
    public IReadOnlyList<DateOnly> FullWeeks { get; }

    /// <summary>The full weeks that end before the taper (the last 21 days of a marathon plan, 14 otherwise).</summary>
    public IReadOnlyList<DateOnly> BuildWeeks { get; }

    /// <summary>The highest full plan week.</summary>
    public Distance Peak { get; }

    /// <summary>Whether the plan says the runs asked for cannot hold the runner's volume (a stated cap: fewer, lighter weeks).</summary>
    public bool SaysRunsCapped => Plan.Warnings.Any(w => w.StartsWith(PlanWarnings.EasyRunsCapped, StringComparison.Ordinal));

    public bool WarnsThinBase => Plan.Warnings.Any(w => w.StartsWith(ThinBase.Opening, StringComparison.Ordinal));

    public Distance Volume(DateOnly weekStart) => Volumes.GetValueOrDefault(weekStart);

    public IEnumerable<Workout> InWeek(DateOnly weekStart) => Planned.Where(w => w.Date >= weekStart && w.Date < weekStart.AddDays(7));

    public Workout? LongRunOf(DateOnly weekStart) => InWeek(weekStart).Where(w => w.Type == WorkoutType.Long).MaxBy(w => w.Distance.Meters);

    /// <summary>The longest run (done or planned) of the 30 days before <paramref name="day"/>.</summary>
    public Distance? Longest30Before(DateOnly day)
    {
        var done = Enumerable.Range(1, 30)
            .Select(back => _longestByDay.TryGetValue(day.AddDays(-back), out var longest) ? longest : (Distance?)null)
            .OfType<Distance>();
        var planned = Planned.Where(w => w.Date >= day.AddDays(-30) && w.Date < day).Select(w => w.Distance);
        var all = done.Concat(planned).ToList();
        return all.Count > 0 ? all.Max() : null;
    }

    public static bool IsQuality(WorkoutType type) => type is WorkoutType.Tempo or WorkoutType.Interval;

    public static bool IsHard(WorkoutType type) => type is WorkoutType.Tempo or WorkoutType.Interval or WorkoutType.Long or WorkoutType.Race;

    public RuleResult Pass(string rule, string reason) => new(rule, true, reason);

    public RuleResult Result(string rule, bool passed, string reason) => new(rule, passed, reason);

    private static DateOnly Day(Run run) => DateOnly.FromDateTime(run.WallClockStart());
}
