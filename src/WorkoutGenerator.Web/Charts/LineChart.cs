using System.Globalization;
using WorkoutGenerator.Web.Html;
using static WorkoutGenerator.Web.Charts.ChartFrame;

namespace WorkoutGenerator.Web.Charts;

internal sealed record LinePoint(double X, double Y, string Title);

/// <summary>A named series; <paramref name="Key"/> goes to <c>data-series</c> and picks its colour in the CSS.</summary>
internal sealed record LineSeries(string Key, string Name, IReadOnlyList<LinePoint> Points);

/// <summary>
/// Lines over a continuous x axis (time as day numbers), one <c>g data-series</c> per series with a point per value
/// and the value on hover. <see cref="InvertY"/> puts small values on top (a faster pace is a smaller number).
/// </summary>
internal sealed class LineChart(string id, string label)
{
    public required IReadOnlyList<LineSeries> Series { get; init; }

    public required string ValueName { get; init; }

    public required Func<double, string> FormatY { get; init; }

    public required Func<double, string> FormatX { get; init; }

    public bool InvertY { get; init; }

    public void Write(HtmlWriter html, string caption)
    {
        var all = Series.SelectMany(s => s.Points).ToList();
        SvgAxes.OpenSvg(html, id, label, ("data-series-count", Series.Count.ToString(CultureInfo.InvariantCulture)));
        var y = all.Count == 0
            ? ChartScale.Nice(0, 1, InvertY ? Top : Bottom, InvertY ? Bottom : Top)
            : ChartScale.Nice(all.Min(p => p.Y), all.Max(p => p.Y), InvertY ? Top : Bottom, InvertY ? Bottom : Top);
        var x = all.Count == 0 ? ChartScale.Exact(0, 1, Left, Right) : ChartScale.Exact(all.Min(p => p.X), all.Max(p => p.X), Left, Right);
        SvgAxes.LeftAxis(html, y, ValueName, FormatY);
        foreach (var series in Series)
        {
            html.Open("g", ("class", "series"), ("data-series", series.Key), ("data-points", series.Points.Count.ToString(CultureInfo.InvariantCulture)))
                .Element("title", series.Name);
            if (series.Points.Count > 1)
            {
                html.Open("polyline", ("class", "line"), ("points", string.Join(' ', series.Points.Select(p => HtmlWriter.Number(x.Map(p.X)) + "," + HtmlWriter.Number(y.Map(p.Y))))))
                    .Close("polyline");
            }

            foreach (var point in series.Points)
            {
                html.Open("circle", ("class", "point"), ("cx", HtmlWriter.Number(x.Map(point.X))), ("cy", HtmlWriter.Number(y.Map(point.Y))), ("r", "2.5"))
                    .Element("title", point.Title).Close("circle");
            }

            html.Close("g");
        }

        const int Labels = 6;
        SvgAxes.BottomLabels(html, all.Count == 0
            ? []
            : Enumerable.Range(0, Labels).Select(i => x.Min + (x.Max - x.Min) * i / (Labels - 1)).Select(v => (x.Map(v), FormatX(v))));
        WriteLegend(html);
        SvgAxes.CloseSvg(html, caption);
    }

    private void WriteLegend(HtmlWriter html)
    {
        html.Open("g", ("class", "legend"));
        var step = (Right - Left) / Math.Max(1, Series.Count);
        for (var i = 0; i < Series.Count; i++)
        {
            var at = Left + i * step;
            html.Open("g", ("data-series", Series[i].Key))
                .Open("rect", ("class", "swatch"), ("x", HtmlWriter.Number(at)), ("y", HtmlWriter.Number(Height - 10)), ("width", "10"), ("height", "10")).Close("rect")
                .Element("text", Series[i].Name, ("x", HtmlWriter.Number(at + 14)), ("y", HtmlWriter.Number(Height - 1)), ("class", "legend-text"))
                .Close("g");
        }

        html.Close("g");
    }
}
