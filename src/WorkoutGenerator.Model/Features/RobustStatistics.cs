namespace WorkoutGenerator.Model.Features;

/// <summary>Median and IQR-based spread: a few GPS-glitch paces must not move the scaling of a whole history.</summary>
internal static class RobustStatistics
{
    /// <summary>IQR / 1.349 equals the standard deviation for normally distributed data.</summary>
    private const double IqrPerStandardDeviation = 1.349;

    public static double Median(IReadOnlyList<double> values) => Quantile(Sorted(values), 0.5);

    /// <summary>(centre, scale): the median and IQR / 1.349; scale falls back to the standard deviation, then 1, when the spread is 0.</summary>
    public static (double Center, double Scale) CenterAndScale(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return (0, 1);
        }

        var sorted = Sorted(values);
        var center = Quantile(sorted, 0.5);
        var scale = (Quantile(sorted, 0.75) - Quantile(sorted, 0.25)) / IqrPerStandardDeviation;
        if (scale <= 1e-9)
        {
            var mean = sorted.Average();
            scale = Math.Sqrt(sorted.Sum(v => (v - mean) * (v - mean)) / sorted.Length);
        }

        return (center, scale > 1e-9 ? scale : 1);
    }

    /// <summary>Linear interpolation between closest ranks (the default of numpy and R type 7).</summary>
    public static double Quantile(double[] sorted, double q)
    {
        if (sorted.Length == 0)
        {
            throw new ArgumentException("A quantile of no values is undefined.", nameof(sorted));
        }

        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }

    private static double[] Sorted(IReadOnlyList<double> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
