using WorkoutGenerator.Web.Html;
using static WorkoutGenerator.Web.Charts.ChartFrame;

namespace WorkoutGenerator.Web.Charts;

/// <summary>Axes, grid lines and labels, written the same way for every chart.</summary>
internal static class SvgAxes
{
    public static void OpenSvg(HtmlWriter html, string id, string label, params ReadOnlySpan<HtmlWriter.Attr> data)
    {
        html.Open("figure", ("class", "chart"))
            .Open("svg", [("id", id), ("class", "chart-svg"), ("viewBox", $"0 0 {HtmlWriter.Number(Width)} {HtmlWriter.Number(Height)}"),
                ("role", "img"), ("aria-label", label), ("xmlns", "http://www.w3.org/2000/svg"), .. data])
            .Element("title", label);
    }

    public static void CloseSvg(HtmlWriter html, string caption) =>
        html.Close("svg").Element("figcaption", caption).Close("figure");

    /// <summary>Horizontal grid lines with their values on the left, and the axis name above them.</summary>
    public static void LeftAxis(HtmlWriter html, ChartScale scale, string name, Func<double, string> format)
    {
        html.Open("g", ("class", "axis axis-y"));
        foreach (var tick in scale.Ticks)
        {
            var y = HtmlWriter.Number(scale.Map(tick));
            html.Open("line", ("class", "grid"), ("x1", HtmlWriter.Number(Left)), ("x2", HtmlWriter.Number(Right)), ("y1", y), ("y2", y)).Close("line")
                .Element("text", format(tick), ("x", HtmlWriter.Number(Left - 6)), ("y", y), ("class", "tick-left"));
        }

        html.Element("text", name, ("x", "4"), ("y", HtmlWriter.Number(Top - 12)), ("class", "axis-name axis-name-left"))
            .Close("g");
    }

    /// <summary>Values of a second series on the right, without grid lines.</summary>
    public static void RightAxis(HtmlWriter html, ChartScale scale, string name, Func<double, string> format)
    {
        html.Open("g", ("class", "axis axis-y2"));
        foreach (var tick in scale.Ticks)
        {
            html.Element("text", format(tick), ("x", HtmlWriter.Number(Right + 6)), ("y", HtmlWriter.Number(scale.Map(tick))), ("class", "tick-right"));
        }

        html.Element("text", name, ("x", HtmlWriter.Number(Right + 6)), ("y", HtmlWriter.Number(Top - 12)), ("class", "axis-name tick-right"))
            .Close("g");
    }

    /// <summary>Labels under the plot at the given x pixels.</summary>
    public static void BottomLabels(HtmlWriter html, IEnumerable<(double X, string Label)> labels)
    {
        html.Open("g", ("class", "axis axis-x"));
        var y = HtmlWriter.Number(Bottom + 18);
        foreach (var (x, label) in labels)
        {
            html.Element("text", label, ("x", HtmlWriter.Number(x)), ("y", y), ("class", "tick-bottom"));
        }

        html.Open("line", ("class", "baseline"), ("x1", HtmlWriter.Number(Left)), ("x2", HtmlWriter.Number(Right)),
            ("y1", HtmlWriter.Number(Bottom)), ("y2", HtmlWriter.Number(Bottom))).Close("line").Close("g");
    }
}
