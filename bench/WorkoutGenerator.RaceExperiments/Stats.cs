namespace WorkoutGenerator.RaceExperiments;

internal static class Stats
{
    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        var position = (sorted.Count - 1) * q;
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }

    public static double Median(IEnumerable<double> values) => Quantile(values.Order().ToList(), 0.5);
}
