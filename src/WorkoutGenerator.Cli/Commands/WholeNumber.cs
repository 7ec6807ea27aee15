using System.Globalization;
using WorkoutGenerator.Services.Application;

namespace WorkoutGenerator.Cli.Commands;

/// <summary>
/// Whole-number options are read as text and checked against their bound in Services' one table
/// (<see cref="OptionBounds"/>), so a value that is not one, or is out of range, is refused naming the option and
/// the allowed range; Spectre's own conversion only says "Failed to convert '...' to Nullable`1".
/// </summary>
internal static class WholeNumber
{
    public static int? Parse(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>Null when <paramref name="text"/> is absent or within <paramref name="bound"/>, else the error naming the option.</summary>
    public static string? Error(NumberBound bound, string? text) => bound.Error(text, "--" + bound.Name);
}
