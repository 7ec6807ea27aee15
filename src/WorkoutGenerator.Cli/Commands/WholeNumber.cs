using System.Globalization;

namespace WorkoutGenerator.Cli.Commands;

/// <summary>
/// Whole-number options are read as text and parsed here, so a value that is not one (or does not fit) is
/// reported with the option's name; Spectre's own conversion only says "Failed to convert '...' to Nullable`1".
/// </summary>
internal static class WholeNumber
{
    public static int? Parse(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>Null when <paramref name="text"/> is absent or a whole number, else the error naming <paramref name="option"/>.</summary>
    public static string? Error(string option, string? text) =>
        text is null || Parse(text) is not null
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{option} must be a whole number from {int.MinValue} to {int.MaxValue}, not \"{text}\".");
}
