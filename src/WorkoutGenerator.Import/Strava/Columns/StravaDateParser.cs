using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace WorkoutGenerator.Import.Strava.Columns;

/// <summary>
/// Reads Activity Date in every form Strava has written it, always as UTC (the export has no zone column):
/// "Mar 12, 2024, 6:00:00 PM", "8 jul 2017, 15:25:34", "23 jun. 2017 15:52:12",
/// "2 ago 2026, 12:20:32 p.m." (with U+202F or U+00A0 spaces), "2014-09-12 16:54:28", "12.03.2024, 18:00:00".
/// </summary>
internal static partial class StravaDateParser
{
    private static readonly string[] Cultures = ["en-US", "nl-NL", "es-ES", "de-DE", "fr-FR", "it-IT", "pt-BR", "pt-PT"];

    /// <summary>Spellings CultureInfo may not give (older ICU data, or Strava's own abbreviations).</summary>
    private static readonly (string Name, int Month)[] ExtraMonths =
    [
        ("jan", 1), ("janv", 1), ("ene", 1), ("gen", 1), ("jän", 1),
        ("feb", 2), ("febr", 2), ("févr", 2), ("fev", 2), ("fév", 2),
        ("mar", 3), ("mrt", 3), ("mär", 3), ("mrz", 3), ("mars", 3),
        ("apr", 4), ("abr", 4), ("avr", 4),
        ("may", 5), ("mei", 5), ("mai", 5), ("mag", 5),
        ("jun", 6), ("juin", 6), ("giu", 6),
        ("jul", 7), ("juil", 7), ("lug", 7),
        ("aug", 8), ("ago", 8), ("août", 8),
        ("sep", 9), ("sept", 9), ("set", 9),
        ("oct", 10), ("okt", 10), ("ott", 10), ("out", 10),
        ("nov", 11),
        ("dec", 12), ("dic", 12), ("dez", 12), ("déc", 12),
    ];

    private static readonly FrozenDictionary<string, int> Months = BuildMonths();

    private static readonly string[] IsoFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ssK"];

    public static DateTimeOffset? Parse(string text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        if (DateTime.TryParseExact(normalized, IsoFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var iso))
        {
            return ToUtc(iso);
        }

        var numeric = NumericDate().Match(normalized);
        if (numeric.Success)
        {
            return Build(numeric, int.Parse(numeric.Groups["month"].ValueSpan, CultureInfo.InvariantCulture));
        }

        var textual = TextualDate().Match(normalized);
        if (textual.Success && Months.TryGetValue(textual.Groups["month"].Value.TrimEnd('.'), out var month))
        {
            return Build(textual, month);
        }

        return null;
    }

    private static DateTimeOffset? Build(Match match, int month)
    {
        var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        var hour = int.Parse(match.Groups["hour"].ValueSpan, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["minute"].ValueSpan, CultureInfo.InvariantCulture);
        var second = int.Parse(match.Groups["second"].ValueSpan, CultureInfo.InvariantCulture);
        var meridiem = match.Groups["ampm"].Value.Replace(".", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (meridiem.Length > 0)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            hour = hour % 12 + (meridiem == "pm" ? 12 : 0);
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month) || hour > 23 || minute > 59 || second > 59 || year is < 1970 or > 2200)
        {
            return null;
        }

        return new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
    }

    private static DateTimeOffset ToUtc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    /// <summary>Lower case, every kind of space as one plain space: ICU puts U+202F before "p.m.".</summary>
    private static string Normalize(string text)
    {
        var chars = text.Trim().ToLowerInvariant().Select(c => char.IsWhiteSpace(c) || c is '\u202F' or '\u00A0' ? ' ' : c).ToArray();
        return MultiSpace().Replace(new string(chars), " ").Trim();
    }

    private static FrozenDictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, month) in ExtraMonths)
        {
            months.TryAdd(name, month);
        }

        foreach (var name in Cultures)
        {
            CultureInfo culture;
            try
            {
                culture = CultureInfo.GetCultureInfo(name);
            }
            catch (CultureNotFoundException)
            {
                // Without ICU data only the extra spellings above are known; they cover Strava's exports.
                continue;
            }

            var format = culture.DateTimeFormat;
            string[][] lists = [format.AbbreviatedMonthNames, format.AbbreviatedMonthGenitiveNames, format.MonthNames, format.MonthGenitiveNames];
            foreach (var list in lists)
            {
                for (var i = 0; i < 12; i++)
                {
                    var key = list[i].ToLowerInvariant().Trim().TrimEnd('.');
                    if (key.Length > 0)
                    {
                        months.TryAdd(key, i + 1);
                    }
                }
            }
        }

        return months.ToFrozenDictionary(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4}),? (?<hour>\d{1,2}):(?<minute>\d{2}):(?<second>\d{2})$")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(?:(?<month>[^\d\s,]+) (?<day>\d{1,2})|(?<day>\d{1,2})\.? (?:de )?(?<month>[^\d\s,]+)),?(?: de)? (?<year>\d{4}),? (?<hour>\d{1,2}):(?<minute>\d{2}):(?<second>\d{2})(?: ?(?<ampm>[ap]\.? ?m\.?))?$")]
    private static partial Regex TextualDate();

    [GeneratedRegex(" {2,}")]
    private static partial Regex MultiSpace();
}
