using System.Text;

namespace WorkoutGenerator.Domain.Errors;

/// <summary>
/// What of a hostile or broken input a message may quote: at most <see cref="MaxChars"/> characters, so that a
/// 200 MB line, a 64 KiB file name or a 120 KB argument never comes back whole in a warning, an error or a log.
/// The one rule for every host and layer: values quoted in a message go through <see cref="Of"/>, and the line a
/// host prints goes through <see cref="Shorten"/> (every word longer than the cap cut in its middle).
/// </summary>
public static class InputExcerpt
{
    public const int MaxChars = 80;

    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        return text.Length <= MaxChars ? text : string.Concat(text.AsSpan(0, MaxChars), "…");
    }

    /// <summary>The first line of an exception's message, as an excerpt: framework messages run on over lines.</summary>
    public static string FirstLineOf(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Of(message.Split('\n')[0].Trim());
    }

    /// <summary>
    /// <paramref name="message"/> with every word (run of non-blank characters) over <see cref="MaxChars"/> cut to
    /// its first and last characters around "…": a long path keeps its start and its file name.
    /// </summary>
    public static string Shorten(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var result = new StringBuilder(Math.Min(message.Length, 4096));
        var start = 0;
        while (start < message.Length)
        {
            var end = start;
            var blank = char.IsWhiteSpace(message[start]);
            while (end < message.Length && char.IsWhiteSpace(message[end]) == blank)
            {
                end++;
            }

            var length = end - start;
            if (!blank && IsOverCap(message.AsSpan(start, length)))
            {
                const int head = (MaxChars / 2) - 1;
                const int tail = MaxChars - head - 1;
                result.Append(message.AsSpan(start, head)).Append('…').Append(message.AsSpan(end - tail, tail));
            }
            else
            {
                result.Append(message.AsSpan(start, Math.Min(length, MaxChars * 4)));
            }

            start = end;
        }

        return result.ToString();
    }

    // A word's own characters, without the quotes and punctuation around it; an excerpt (the cap and its "…") is not cut again.
    private static bool IsOverCap(ReadOnlySpan<char> word) => word.Trim("\"'().,;:").Length > MaxChars + 1;
}
