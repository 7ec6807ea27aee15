using WorkoutGenerator.Domain.Errors;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace WorkoutGenerator.Import.Strava.Columns;

/// <summary>
/// Which column holds which field. Names are matched first (HTML stripped, case and accents as written); a field
/// whose name is not found is looked for by its position relative to the nearest column that was found, because
/// translations drift and owners insert columns, but Strava's column order does not change.
/// </summary>
internal sealed partial class HeaderMap
{
    private static readonly StravaField[] Required = [StravaField.Id, StravaField.Date, StravaField.Type];

    private readonly Dictionary<StravaField, int> _columns;

    private HeaderMap(IReadOnlyList<string> headers, Dictionary<StravaField, int> columns, ExportLayout layout, string language)
    {
        Headers = headers;
        _columns = columns;
        Layout = layout;
        Language = language;
    }

    public IReadOnlyList<string> Headers { get; }

    public ExportLayout Layout { get; }

    public string Language { get; }

    /// <summary>The 0-based column of <paramref name="field"/>, or null when the file has none.</summary>
    public int? this[StravaField field] => _columns.TryGetValue(field, out var index) ? index : null;

    public string NameOf(StravaField field) => this[field] is { } index ? Headers[index] : field.ToString();

    /// <summary>Builds the map, adding a Warning for each column found only by position.</summary>
    public static (HeaderMap? Map, string? Error) Build(IReadOnlyList<string> rawHeaders, string file, List<ImportIssue> issues)
    {
        var headers = rawHeaders.Select(Clean).ToArray();
        if (headers.Contains("id", StringComparer.OrdinalIgnoreCase) && headers.Contains("date", StringComparer.OrdinalIgnoreCase)
            && headers.Contains("type", StringComparer.OrdinalIgnoreCase))
        {
            var legacy = new Dictionary<StravaField, int>();
            for (var i = 0; i < headers.Length; i++)
            {
                if (StravaHeaderNames.Legacy.TryGetValue(headers[i], out var field))
                {
                    legacy.TryAdd(field, i);
                }
            }

            return (new HeaderMap(headers, legacy, ExportLayout.Legacy, "en"), null);
        }

        var (language, names) = StravaHeaderNames.Languages
            .Select((entry, order) => (entry, order, score: headers.Count(h => entry.Names.Values.Any(n => n.Contains(h, StringComparer.OrdinalIgnoreCase)))))
            .OrderByDescending(x => x.score).ThenBy(x => x.order)
            .Select(x => x.entry)
            .First();
        var columns = MatchByName(headers, names);
        if (!columns.ContainsKey(StravaField.Id) && !columns.ContainsKey(StravaField.Date))
        {
            return (null, $"The header is not a Strava activities.csv header: no activity id or date column among \"{InputExcerpt.Of(string.Join(",", headers.Take(5)))}...\".");
        }

        FillByPosition(headers, columns, file, issues);
        var missing = Required.Where(f => !columns.ContainsKey(f)).ToList();
        if (missing.Count > 0)
        {
            return (null, $"The header has no {string.Join(", ", missing)} column.");
        }

        return (new HeaderMap(headers, columns, ExportLayout.Current, language), null);
    }

    /// <summary>
    /// "&lt;span class=...&gt;Type&lt;/span&gt;" becomes "Type": Strava leaked untranslated keys as HTML. Typographic
    /// apostrophes become ASCII ones: Italian and French exports write "Data dell’attività" with U+2019.
    /// </summary>
    internal static string Clean(string header) =>
        WebUtility.HtmlDecode(HtmlTag().Replace(header, string.Empty)).Trim().Trim('\uFEFF').Trim()
            .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u02BC', '\'');

    private static Dictionary<StravaField, int> MatchByName(string[] headers, IReadOnlyDictionary<StravaField, string[]> names)
    {
        var columns = new Dictionary<StravaField, int>();
        foreach (var (field, candidates) in names)
        {
            var hits = Enumerable.Range(0, headers.Length).Where(i => candidates.Contains(headers[i], StringComparer.OrdinalIgnoreCase)).ToList();
            switch (field)
            {
                // Strava writes these twice: the first is whole seconds / display unit, the second float seconds / metres.
                case StravaField.ElapsedTimeWhole:
                    AddAt(columns, StravaField.ElapsedTimeWhole, hits, 0);
                    AddAt(columns, StravaField.ElapsedTime, hits, 1);
                    break;
                case StravaField.DisplayDistance:
                    AddAt(columns, StravaField.DisplayDistance, hits, 0);
                    AddAt(columns, StravaField.Distance, hits, 1);
                    break;
                default:
                    AddAt(columns, field, hits, 0);
                    break;
            }
        }

        return columns;
    }

    private static void AddAt(Dictionary<StravaField, int> columns, StravaField field, List<int> hits, int occurrence)
    {
        if (hits.Count > occurrence)
        {
            columns[field] = hits[occurrence];
        }
    }

    private static void FillByPosition(string[] headers, Dictionary<StravaField, int> columns, string file, List<ImportIssue> issues)
    {
        foreach (var (field, canonical) in StravaHeaderNames.CanonicalIndex.OrderBy(kv => kv.Value))
        {
            if (columns.ContainsKey(field))
            {
                continue;
            }

            // The nearest column found by name, preferring one before this field: inserted columns shift what follows.
            var anchor = columns
                .Select(kv => (Field: kv.Key, Actual: kv.Value, Canonical: StravaHeaderNames.CanonicalIndex[kv.Key]))
                .OrderBy(a => a.Canonical <= canonical ? 0 : 1)
                .ThenBy(a => Math.Abs(canonical - a.Canonical))
                .FirstOrDefault();
            if (anchor == default)
            {
                continue;
            }

            var guess = anchor.Actual + (canonical - anchor.Canonical);
            if (guess < 0 || guess >= headers.Length || columns.ContainsValue(guess) || IsKnownName(headers[guess]))
            {
                continue;
            }

            columns[field] = guess;
            issues.Add(new ImportIssue(file, 1, guess + 1, headers[guess],
                string.Create(CultureInfo.InvariantCulture, $"no column named as {field} is expected; using column {guess + 1} by its position"),
                ImportIssueSeverity.Warning));
        }
    }

    /// <summary>A header another field is known by cannot be this field.</summary>
    private static bool IsKnownName(string header) =>
        StravaHeaderNames.Languages.Any(l => l.Names.Values.Any(n => n.Contains(header, StringComparer.OrdinalIgnoreCase)));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex HtmlTag();
}
