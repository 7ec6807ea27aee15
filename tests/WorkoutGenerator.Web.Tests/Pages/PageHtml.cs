using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace WorkoutGenerator.Web.Tests.Pages;

/// <summary>Pieces of a served page, read back: an SVG chart as XML (it must be well-formed), attributes by pattern.</summary>
internal static partial class PageHtml
{
    public static XElement Svg(string html, string id)
    {
        var start = html.IndexOf($"<svg id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No chart {id} on the page.");
        var end = html.IndexOf("</svg>", start, StringComparison.Ordinal) + "</svg>".Length;
        return XElement.Parse(html[start..end]);
    }

    public static IEnumerable<XElement> Named(this XElement element, string name) => element.Descendants().Where(e => e.Name.LocalName == name);

    /// <summary>The values of <paramref name="attribute"/> on every element that has it, in page order.</summary>
    public static IReadOnlyList<string> Values(string html, string attribute) =>
        Regex.Matches(html, $"\\s{Regex.Escape(attribute)}=\"([^\"]*)\"").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    /// <summary>The part of the page inside the element with <paramref name="id"/> up to the next closing tag of that kind.</summary>
    public static string Part(string html, string tag, string id)
    {
        var at = html.IndexOf($" id=\"{id}\"", StringComparison.Ordinal);
        var start = at < 0 ? -1 : html.LastIndexOf($"<{tag} ", at, StringComparison.Ordinal);
        Assert.True(start >= 0 && html.IndexOf('>', start) > at, $"No {tag} {id} on the page.");
        return html[start..(html.IndexOf($"</{tag}>", start, StringComparison.Ordinal) + tag.Length + 3)];
    }
}
