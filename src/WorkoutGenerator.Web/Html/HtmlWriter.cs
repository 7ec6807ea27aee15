using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace WorkoutGenerator.Web.Html;

/// <summary>
/// Writes HTML (and inline SVG) where nothing from the data can become markup: every text and every attribute
/// value goes through <see cref="HtmlEncoder"/>, and tag and attribute names must be plain ASCII names (SVG has <c>viewBox</c>), which
/// only code supplies. A page is built from these calls, never from concatenated strings.
/// </summary>
internal sealed class HtmlWriter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;
    private readonly StringBuilder _html;

    // The encoder writes straight into the page's buffer through this writer.
    private readonly StringWriter _writer;

    public HtmlWriter()
    {
        _html = new StringBuilder(16 * 1024);
        _writer = new StringWriter(_html, CultureInfo.InvariantCulture);
    }

    /// <summary>An attribute; a null value leaves the attribute out.</summary>
    public readonly record struct Attr(string Name, string? Value)
    {
        public static implicit operator Attr((string Name, string? Value) pair) => new(pair.Name, pair.Value);
    }

    public HtmlWriter Open(string tag, params ReadOnlySpan<Attr> attributes)
    {
        _html.Append('<').Append(Name(tag));
        foreach (var attribute in attributes)
        {
            if (attribute.Value is null)
            {
                continue;
            }

            _html.Append(' ').Append(Name(attribute.Name)).Append("=\"");
            Encoder.Encode(_writer, attribute.Value);
            _html.Append('"');
        }

        _html.Append('>');
        return this;
    }

    /// <summary>An element without content or end tag (<c>input</c>, <c>meta</c>, <c>link</c>).</summary>
    public HtmlWriter Void(string tag, params ReadOnlySpan<Attr> attributes) => Open(tag, attributes);

    public HtmlWriter Close(string tag)
    {
        _html.Append("</").Append(Name(tag)).Append('>');
        return this;
    }

    public HtmlWriter Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            Encoder.Encode(_writer, text);
        }

        return this;
    }

    /// <summary>An element holding only text.</summary>
    public HtmlWriter Element(string tag, string? text, params ReadOnlySpan<Attr> attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    /// <summary>The doctype, the one piece of markup that is not an element.</summary>
    public HtmlWriter Doctype()
    {
        _html.Append("<!DOCTYPE html>");
        return this;
    }

    public override string ToString() => _html.ToString();

    /// <summary>A number as an SVG coordinate: invariant culture, two decimals at most.</summary>
    public static string Number(double value) =>
        double.IsFinite(value)
            ? Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture)
            : throw new ArgumentOutOfRangeException(nameof(value), value, "A coordinate must be a finite number.");

    private static string Name(string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetter(c) || char.IsAsciiDigit(c) || c is '-' or ':'))
            {
                throw new ArgumentException($"'{name}' is not a plain element or attribute name.", nameof(name));
            }
        }

        return name.Length > 0 ? name : throw new ArgumentException("A name cannot be empty.", nameof(name));
    }
}
