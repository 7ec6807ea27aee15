using System.Globalization;

namespace WorkoutGenerator.BrowserTimings;

/// <summary>One load of one page in Chromium, in milliseconds since its navigation started (null: the page has no chart).</summary>
internal sealed record PageTiming(double Response, double ContentLoaded, double FirstContentfulPaint, double? FirstChart, string Chart);

/// <summary>A page's loads summarised: median and slowest of each figure.</summary>
internal static class PageTimings
{
    public const string Header = "| page | first chart | server response (median / max) | DOM content loaded | first contentful paint | first chart drawn |\n|---|---|---|---|---|---|";

    public static string Row(string page, IReadOnlyList<PageTiming> loads)
    {
        var chart = loads[0].Chart.Length == 0 ? "-" : "#" + loads[0].Chart;
        var charts = loads.Select(l => l.FirstChart).OfType<double>().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"| {page} | {chart} | {Figure(loads.Select(l => l.Response))} | {Figure(loads.Select(l => l.ContentLoaded))} | {Figure(loads.Select(l => l.FirstContentfulPaint))} | {(charts.Count == 0 ? "no chart on this page" : Figure(charts))} |");
    }

    private static string Figure(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        return string.Create(CultureInfo.InvariantCulture, $"{median:0} / {sorted[^1]:0} ms");
    }
}
