using WorkoutGenerator.Domain.Errors;
using System.Globalization;
using System.Xml;

namespace WorkoutGenerator.Import.Activities;

/// <summary>
/// The XML side shared by the GPX and TCX readers: DTDs prohibited and no resolver (no XXE, no entity
/// expansion), leading whitespace before "&lt;?xml" skipped (Strava writes it), parse failures turned into an
/// <see cref="ActivityReadException"/> with line and column.
/// </summary>
internal static class XmlActivityInput
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
        MaxCharactersFromEntities = 0,
    };

    /// <summary>Runs <paramref name="read"/> over the document; any XML or decoding failure says where it happened.</summary>
    public static T Read<T>(ReadOnlyMemory<byte> content, Func<XmlReader, T> read)
    {
        var start = SkipLeadingWhitespace(content.Span);
        var skippedLines = CountNewlines(content.Span[..start]);
        var stream = new MemoryStream(content[start..].ToArray(), writable: false);
        using var reader = XmlReader.Create(stream, Settings);
        try
        {
            return read(reader);
        }
        catch (XmlException ex)
        {
            // A prohibited DTD is reported without a position in the exception; the reader still knows it.
            var known = ex.LineNumber > 0 || reader is not IXmlLineInfo info || !info.HasLineInfo();
            var (line, column) = known ? (ex.LineNumber, ex.LinePosition) : (((IXmlLineInfo)reader).LineNumber, ((IXmlLineInfo)reader).LinePosition);
            // A DTD is refused before the reader has a position: then the error is about the whole document.
            throw line > 0
                ? new ActivityReadException($"The XML is malformed: {FirstSentence(ex.Message)}", null, line + skippedLines, column, ex)
                : new ActivityReadException($"The XML is malformed: {FirstSentence(ex.Message)}", ex);
        }
        catch (System.Text.DecoderFallbackException ex)
        {
            throw At(reader, skippedLines, $"The text is not valid in its declared encoding: {ex.Message}");
        }
        catch (ActivityReadException ex) when (ex.Line is null)
        {
            throw At(reader, skippedLines, ex.Message);
        }
    }

    public static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    /// <summary>An ISO 8601 time; a time without offset is read as UTC (GPX requires UTC).</summary>
    public static DateTimeOffset Time(string text) =>
        DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw new ActivityReadException($"\"{InputExcerpt.Of(text)}\" is not a time.");

    private static ActivityReadException At(XmlReader reader, int skippedLines, string message) =>
        reader is IXmlLineInfo info && info.HasLineInfo()
            ? new ActivityReadException(message, null, info.LineNumber + skippedLines, info.LinePosition)
            : new ActivityReadException(message);

    private static int SkipLeadingWhitespace(ReadOnlySpan<byte> content)
    {
        var i = content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        while (i < content.Length && content[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i;
    }

    private static int CountNewlines(ReadOnlySpan<byte> skipped) => skipped.Count((byte)'\n');

    private static string FirstSentence(string message) => message.Split('\n')[0].Trim();
}
