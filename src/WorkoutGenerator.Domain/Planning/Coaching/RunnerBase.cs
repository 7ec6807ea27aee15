using WorkoutGenerator.Domain.Analytics;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Planning.Coaching;

/// <summary>
/// What the runner brings to a plan, measured on their actual runs before the plan's first day (planned runs never
/// count here). Weeks are Monday to Sunday; a "full" week is one that ended before the first day.
/// </summary>
/// <param name="ChronicWeekly">The mean of the last 6 full weeks without the lowest one, so one down week (illness,
/// travel, a race week) does not reset the base (Pfitzinger &amp; Douglas; Gabbett 2016's chronic load).</param>
/// <param name="SecondHighestWeek">The second-highest week of the last 26: the level the runner has proven more
/// than once (a single outlier week does not count).</param>
/// <param name="RecentWeeklyLongest">The mean of each of the last 4 full weeks' longest run (weeks without a run left out).</param>
/// <param name="RecentLongest">The longest run of the last 8 weeks.</param>
public sealed record RunnerBase(Distance ChronicWeekly, Distance SecondHighestWeek, Distance RecentWeeklyLongest, Distance RecentLongest)
{
    public const int ChronicWeeks = 6;
    public const int PeakWeeks = 26;

    public static RunnerBase Of(IReadOnlyList<Run> history, DateOnly from)
    {
        ArgumentNullException.ThrowIfNull(history);
        var before = history.Where(run => !PlannedRun.IsPlanned(run) && Day(run) < from).ToList();
        var firstWeek = WeeklyVolumes.WeekStartOf(from);
        var byWeek = before.GroupBy(run => WeeklyVolumes.WeekStartOf(Day(run))).ToDictionary(g => g.Key, g => g.ToList());
        List<Run> Week(int back) => byWeek.GetValueOrDefault(firstWeek.AddDays(-7 * back)) ?? [];
        static Distance Sum(List<Run> runs) => runs.Aggregate(Distance.Zero, (sum, run) => sum + run.Distance);

        var chronic = Enumerable.Range(1, ChronicWeeks).Select(back => Sum(Week(back)).Meters).Order().Skip(1).Average();
        var peaks = Enumerable.Range(1, PeakWeeks).Select(back => Sum(Week(back)).Meters).OrderDescending().ToList();
        var longest = Enumerable.Range(1, 4).Select(Week).Where(runs => runs.Count > 0).Select(runs => runs.Max(run => run.Distance.Meters)).ToList();
        var recent = before.Where(run => Day(run) >= from.AddDays(-56)).Select(run => run.Distance).DefaultIfEmpty(Distance.Zero).Max();
        return new RunnerBase(
            Distance.FromMeters(chronic),
            Distance.FromMeters(peaks[1]),
            Distance.FromMeters(longest.Count > 0 ? longest.Average() : 0),
            recent);
    }

    private static DateOnly Day(Run run) => DateOnly.FromDateTime(run.WallClockStart());
}
