namespace WorkoutGenerator.Web.Html;

/// <summary>What of a request's value an error message may quote back: a short excerpt, never a whole hostile string.</summary>
internal static class Quote
{
    public const int MaxChars = 40;

    public static string Excerpt(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= MaxChars ? text : text[..MaxChars] + "...";
    }
}
