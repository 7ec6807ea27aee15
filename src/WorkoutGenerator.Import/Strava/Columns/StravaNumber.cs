using System.Globalization;

namespace WorkoutGenerator.Import.Strava.Columns;

/// <summary>
/// Reads a number whatever the decimal mark: Strava writes the display-unit distance with the account's
/// decimal comma ("9,72") and everything else with a dot.
/// </summary>
internal static class StravaNumber
{
    /// <summary>Null for an empty field; false when the text is not a finite number.</summary>
    public static bool TryParse(string text, out double? value)
    {
        value = null;
        var trimmed = text.Trim().Replace("\u00A0", string.Empty, StringComparison.Ordinal).Replace("\u202F", string.Empty, StringComparison.Ordinal);
        if (trimmed.Length == 0)
        {
            return true;
        }

        var comma = trimmed.LastIndexOf(',');
        var dot = trimmed.LastIndexOf('.');
        if (comma >= 0 && dot >= 0)
        {
            // "1.234,5" or "1,234.5": the last mark is the decimal one, the other groups thousands.
            trimmed = comma > dot
                ? trimmed.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.')
                : trimmed.Replace(",", string.Empty, StringComparison.Ordinal);
        }
        else if (comma >= 0)
        {
            if (trimmed.IndexOf(',') != comma)
            {
                return false;
            }

            trimmed = trimmed.Replace(',', '.');
        }

        if (double.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            value = number;
            return true;
        }

        return false;
    }
}
