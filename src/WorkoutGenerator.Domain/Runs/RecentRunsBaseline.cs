using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Runs;

/// <summary>
/// What "usual" meant for a runner just before a run: the median distance and pace and the longest run of the
/// preceding weeks. Medians, not means, so that one marathon or one walk does not move the yardstick.
/// </summary>
internal sealed record RecentRunsBaseline(int Count, Distance MedianDistance, Pace MedianPace, Distance Longest)
{
    /// <summary>
    /// Warm-ups, cool-downs and GPS fragments (nz-harcombe has hundreds) would drag the median distance down
    /// and the median pace slower, making ordinary runs look long and fast; they are left out of the baseline.
    /// </summary>
    public static readonly Distance ShortestCounted = Distance.FromKilometers(2);

    /// <summary>Null when no past run qualifies.</summary>
    public static RecentRunsBaseline? Of(IEnumerable<Run> pastRuns)
    {
        var counted = pastRuns
            .Where(run => run.Distance >= ShortestCounted && run.MovingTime.TotalSeconds > 0)
            .ToList();
        if (counted.Count == 0)
        {
            return null;
        }

        var distances = counted.Select(run => run.Distance.Meters).Order().ToList();
        var paces = counted.Select(run => run.MovingTime.TotalSeconds / run.Distance.Meters).Order().ToList();
        return new RecentRunsBaseline(
            counted.Count,
            Distance.FromMeters(Median(distances)),
            Pace.FromSecondsPerMeter(Median(paces)),
            Distance.FromMeters(distances[^1]));
    }

    private static double Median(IReadOnlyList<double> sorted)
    {
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
