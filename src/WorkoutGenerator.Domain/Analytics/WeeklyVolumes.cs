using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Analytics;

/// <summary>
/// Weekly mileage: runs grouped into Monday-to-Sunday weeks of the runner's calendar, with the empty weeks
/// between the first and last run kept (a break is part of the history, not a gap to hide).
/// </summary>
public static class WeeklyVolumes
{
    public static IReadOnlyList<WeekVolume> Compute(IEnumerable<Run> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var byWeek = runs
            .GroupBy(run => WeekStartOf(DateOnly.FromDateTime(run.WallClockStart())))
            .ToDictionary(group => group.Key, group => group.ToList());
        if (byWeek.Count == 0)
        {
            return [];
        }

        var first = byWeek.Keys.Min();
        var last = byWeek.Keys.Max();
        var weeks = new List<WeekVolume>();
        for (var week = first; week <= last; week = week.AddDays(7))
        {
            weeks.Add(byWeek.TryGetValue(week, out var inWeek) ? Summarise(week, inWeek) : Empty(week));
        }

        return weeks;
    }

    /// <summary>The Monday on or before <paramref name="day"/>.</summary>
    public static DateOnly WeekStartOf(DateOnly day)
    {
        var sinceMonday = ((int)day.DayOfWeek + 6) % 7;
        return day.AddDays(-sinceMonday);
    }

    private static WeekVolume Summarise(DateOnly week, List<Run> runs) => new(
        week,
        runs.Count,
        runs.Aggregate(Distance.Zero, (sum, run) => sum + run.Distance),
        runs.Aggregate(Duration.Zero, (sum, run) => sum + run.MovingTime),
        runs.Max(run => run.Distance),
        runs.Aggregate(Distance.Zero, (sum, run) => sum + (run.ElevationGain ?? Distance.Zero)),
        runs.Count(run => run.WorkoutType == WorkoutType.Long));

    private static WeekVolume Empty(DateOnly week) => new(week, 0, Distance.Zero, Duration.Zero, null, Distance.Zero, 0);
}
