using System.Xml.Linq;
using WorkoutGenerator.Web.Html;

namespace WorkoutGenerator.Web.Tests.Charts;

/// <summary>A chart written by the server, read back as XML (the writer's output must be well-formed).</summary>
internal static class Drawn
{
    public static XElement Svg(Action<HtmlWriter, string> write)
    {
        var html = new HtmlWriter();
        write(html, "caption");
        return XElement.Parse(html.ToString());
    }
}
