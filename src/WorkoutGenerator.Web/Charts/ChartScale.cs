namespace WorkoutGenerator.Web.Charts;

/// <summary>
/// A linear map from data values to SVG pixels, with "nice" tick values (1, 2 or 5 times a power of ten, the
/// steps people read off an axis without arithmetic: Heckbert, "Nice numbers for graph labels", Graphics Gems 1990).
/// </summary>
internal sealed class ChartScale
{
    private ChartScale(double min, double max, double from, double to, IReadOnlyList<double> ticks)
    {
        Min = min;
        Max = max;
        From = from;
        To = to;
        Ticks = ticks;
    }

    public double Min { get; }

    public double Max { get; }

    /// <summary>The pixel of <see cref="Min"/>.</summary>
    public double From { get; }

    /// <summary>The pixel of <see cref="Max"/>.</summary>
    public double To { get; }

    public IReadOnlyList<double> Ticks { get; }

    /// <summary>A scale covering <paramref name="min"/>..<paramref name="max"/> widened to nice ticks.</summary>
    public static ChartScale Nice(double min, double max, double from, double to, int tickCount = 5)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max) || min > max)
        {
            throw new ArgumentOutOfRangeException(nameof(min), $"A scale needs finite min <= max, not {min}..{max}.");
        }

        if (max - min < 1e-9)
        {
            max = min + (Math.Abs(min) > 1e-9 ? Math.Abs(min) * 0.1 : 1);
        }

        var step = NiceStep((max - min) / Math.Max(1, tickCount));
        var first = Math.Floor(min / step) * step;
        var last = Math.Ceiling(max / step) * step;
        var ticks = new List<double>();
        for (var tick = first; tick <= last + step / 2; tick += step)
        {
            ticks.Add(Math.Round(tick, 10));
        }

        return new ChartScale(first, last, from, to, ticks);
    }

    /// <summary>A scale with exactly the given bounds and no ticks (a time axis labels itself).</summary>
    public static ChartScale Exact(double min, double max, double from, double to) =>
        new(min, max > min ? max : min + 1, from, to, []);

    public double Map(double value) => From + (value - Min) / (Max - Min) * (To - From);

    private static double NiceStep(double rough)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / power;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
