using WorkoutGenerator.Web.Html;
using static WorkoutGenerator.Web.Charts.ChartFrame;

namespace WorkoutGenerator.Web.Charts;

/// <summary>One bar: its key (the week's Monday), the label under it, its value and what hovering it says.</summary>
/// <param name="Marker">What a marker on top of the bar says (e.g. "2 long runs"), or null for none.</param>
internal sealed record Bar(string Key, string Label, double Value, string Title, string? Marker = null);

/// <summary>A line drawn over the bars against its own axis on the right (one value per bar, null for none).</summary>
internal sealed record BarOverlay(string Name, string CssClass, IReadOnlyList<double?> Values, IReadOnlyList<string> Titles, Func<double, string> Format);

/// <summary>
/// A bar chart as SVG: one <c>rect</c> per bar (<c>data-{item}</c> holding its key), values on hover through
/// <c>title</c>, an optional marker per bar and an optional line over the bars on a right-hand axis.
/// </summary>
internal sealed class BarChart(string id, string label, string item)
{
    public required IReadOnlyList<Bar> Bars { get; init; }

    public required string ValueName { get; init; }

    public required Func<double, string> Format { get; init; }

    public BarOverlay? Overlay { get; init; }

    public void Write(HtmlWriter html, string caption)
    {
        if (Overlay is not null && Overlay.Values.Count != Bars.Count)
        {
            throw new ArgumentException($"The overlay has {Overlay.Values.Count} values for {Bars.Count} bars.", nameof(html));
        }

        SvgAxes.OpenSvg(html, id, label, ($"data-{item}s", Bars.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var y = ChartScale.Nice(0, Bars.Count == 0 ? 1 : Bars.Max(b => b.Value), Bottom, Top);
        SvgAxes.LeftAxis(html, y, ValueName, Format);
        var slot = (Right - Left) / Math.Max(1, Bars.Count);
        var width = Math.Max(1, slot * 0.8);
        html.Open("g", ("class", "bars"));
        for (var i = 0; i < Bars.Count; i++)
        {
            var bar = Bars[i];
            var x = Left + i * slot + (slot - width) / 2;
            var top = y.Map(bar.Value);
            html.Open("rect", ("class", bar.Marker is null ? "bar" : "bar marked"), ($"data-{item}", bar.Key), ("data-value", HtmlWriter.Number(bar.Value)),
                    ("x", HtmlWriter.Number(x)), ("y", HtmlWriter.Number(top)), ("width", HtmlWriter.Number(width)), ("height", HtmlWriter.Number(Bottom - top)))
                .Element("title", bar.Title).Close("rect");
            if (bar.Marker is not null)
            {
                html.Open("circle", ("class", "marker"), ($"data-{item}", bar.Key), ("cx", HtmlWriter.Number(x + width / 2)), ("cy", HtmlWriter.Number(top - 5)), ("r", "3"))
                    .Element("title", bar.Marker).Close("circle");
            }
        }

        html.Close("g");
        WriteOverlay(html, slot);
        var every = Math.Max(1, (int)Math.Ceiling(Bars.Count / 8.0));
        SvgAxes.BottomLabels(html, Bars.Select((b, i) => (Left + (i + 0.5) * slot, b.Label)).Where((_, i) => i % every == 0));
        SvgAxes.CloseSvg(html, caption);
    }

    private void WriteOverlay(HtmlWriter html, double slot)
    {
        if (Overlay is null)
        {
            return;
        }

        var known = Overlay.Values.Where(v => v is not null).Select(v => v!.Value).ToList();
        var scale = ChartScale.Nice(0, known.Count == 0 ? 1 : known.Max(), Bottom, Top, 4);
        SvgAxes.RightAxis(html, scale, Overlay.Name, Overlay.Format);
        var points = Overlay.Values
            .Select((v, i) => (Value: v, Index: i))
            .Where(p => p.Value is not null)
            .Select(p => (p.Index, X: Left + (p.Index + 0.5) * slot, Y: scale.Map(p.Value!.Value)))
            .ToList();
        html.Open("g", ("class", Overlay.CssClass), ("data-points", points.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var segment in LineSegments.Split(points, p => p.Index))
        {
            html.Open("polyline", ("class", "line"), ("points", string.Join(' ', segment.Select(p => HtmlWriter.Number(p.X) + "," + HtmlWriter.Number(p.Y))))).Close("polyline");
        }

        foreach (var point in points)
        {
            html.Open("circle", ("class", "point"), ("cx", HtmlWriter.Number(point.X)), ("cy", HtmlWriter.Number(point.Y)), ("r", "2.5"))
                .Element("title", Overlay.Titles[point.Index]).Close("circle");
        }

        html.Close("g");
    }
}
