namespace WorkoutGenerator.Import;

/// <summary>
/// What of a hostile or broken input a message may quote: at most <see cref="MaxChars"/> characters, so that a
/// 200 MB line or a 64 KiB file name never comes back whole in a warning, a summary or a log.
/// </summary>
internal static class InputExcerpt
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
}
