using System.Globalization;
using System.Text.RegularExpressions;

namespace WorkoutGenerator.Domain.Units;

/// <summary>
/// Text about distances and paces that the runner reads in the unit they chose. The Domain writes its reasons and
/// "why" lines with <see cref="Of"/>: each <see cref="Distance"/> or <see cref="Pace"/> in them becomes a
/// unit-neutral token holding its SI value (<c>{=d:12000:2=}</c>), so a stored plan holds no unit and reads in
/// miles as well as in kilometres; a host renders the text in the runner's unit with <see cref="Render"/> at the
/// edge. Other values (numbers, dates) are formatted as in the invariant culture. Text without tokens (plans stored
/// before) renders as it is.
/// </summary>
public static partial class UnitText
{
    /// <summary>The format provider that turns quantities into tokens; numbers and dates format as invariant.</summary>
    public static IFormatProvider Neutral { get; } = new NeutralFormat();

    /// <summary>The text with its quantities as unit-neutral tokens, for <see cref="Render"/>.</summary>
    public static string Of(FormattableString text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.ToString(Neutral);
    }

    /// <summary>A pace difference (a model's error), e.g. "12.3 s/km" or "19.8 s/mi" once rendered.</summary>
    public static string PaceDifference(double secondsPerKilometer, int decimals = 1) =>
        Token('s', secondsPerKilometer / Distance.MetersPerKilometer, decimals.ToString(CultureInfo.InvariantCulture));

    /// <summary>Every token of <paramref name="text"/> written in <paramref name="unit"/>.</summary>
    public static string Render(string text, DistanceUnit unit)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TokenPattern().Replace(text, match =>
        {
            var value = double.Parse(match.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            var format = match.Groups["format"].Value;
            return match.Groups["kind"].Value switch
            {
                "d" => Distance.FromMeters(value).Format(unit, Decimals(format)),
                "p" => format == PaceNumberOnly ? Pace.FromSecondsPerMeter(value).Format(unit).Split(' ')[0] : Pace.FromSecondsPerMeter(value).Format(unit),
                _ => (value * unit.Meters()).ToString("F" + Decimals(format).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + " s/" + unit.Symbol(),
            };
        });
    }

    /// <summary>The format that writes a pace without its unit ("5:17"), for ranges such as "5:17-5:40 /km".</summary>
    public const string PaceNumberOnly = "n";

    /// <summary>
    /// Decimals from a format string as interpolation gives it: null or empty 2 (the house default "12.34 km"),
    /// "F1" or "N1" 1, "0" 0, "0.0" 1.
    /// </summary>
    internal static int Decimals(string? format)
    {
        if (string.IsNullOrEmpty(format))
        {
            return 2;
        }

        if (format.Length > 1 && format[0] is 'F' or 'f' or 'N' or 'n' && int.TryParse(format.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var fixedDecimals))
        {
            return Math.Min(fixedDecimals, 15);
        }

        if (int.TryParse(format, NumberStyles.None, CultureInfo.InvariantCulture, out var plain))
        {
            return Math.Min(plain, 15);
        }

        var point = format.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 0 : Math.Min(format.Length - point - 1, 15);
    }

    internal static bool IsNeutral(IFormatProvider? provider) => provider is NeutralFormat;

    internal static string Token(char kind, double siValue, string? format) =>
        "{=" + kind + ":" + siValue.ToString("R", CultureInfo.InvariantCulture) + (string.IsNullOrEmpty(format) ? string.Empty : ":" + format) + "=}";

    [GeneratedRegex(@"\{=(?<kind>[dps]):(?<value>[-+0-9.Ee]+)(?::(?<format>[^=}]*))?=\}", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    private sealed class NeutralFormat : IFormatProvider
    {
        public object? GetFormat(Type? formatType) => CultureInfo.InvariantCulture.GetFormat(formatType);
    }
}
