using System.Globalization;
using Microsoft.AspNetCore.Http;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Services.Application;


namespace WorkoutGenerator.Web.Pages;

/// <summary>The columns the Runs table sorts by.</summary>
internal enum RunSort
{
    Date,
    Name,
    Type,
    Distance,
    Time,
    Pace,
    Climb,
    HeartRate,
    Source,
}

internal static class RunSortCodes
{
    public static string Code(this RunSort sort) => sort == RunSort.HeartRate ? "hr" : sort.ToString().ToLowerInvariant();

    public static RunSort? Parse(string code) => Enum.GetValues<RunSort>().Select(s => (RunSort?)s).FirstOrDefault(s => s!.Value.Code() == code);
}

/// <summary>
/// The Runs page's query string: filter (type, from, to), sort column and direction, page. It lives in the address
/// so sorting and filtering work without JavaScript and a view can be bookmarked. A value that does not parse is
/// a 400 naming the parameter, never silently ignored.
/// </summary>
internal sealed record RunsQuery(WorkoutType? Type, DateOnly? From, DateOnly? To, RunSort Sort, bool Descending, int Page)
{
    public const int PageSize = 100;

    public static readonly RunsQuery Default = new(null, null, null, RunSort.Date, true, 1);

    public RunFilter Filter => new(From: From, To: To, Type: Type);

    public static RunsQuery Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var type = Text(query, "type") is { } code
            ? Enum.GetValues<WorkoutType>().Select(t => (WorkoutType?)t).FirstOrDefault(t => t!.Value.Code() == code)
              ?? throw new UserFacingException($"must be one of {string.Join(", ", Enum.GetValues<WorkoutType>().Select(t => t.Code()))}, not \"{InputExcerpt.Of(code)}\".", "type")
            : (WorkoutType?)null;
        var sort = Text(query, "sort") is { } sortCode
            ? RunSortCodes.Parse(sortCode) ?? throw new UserFacingException($"must be one of {string.Join(", ", Enum.GetValues<RunSort>().Select(s => s.Code()))}, not \"{InputExcerpt.Of(sortCode)}\".", "sort")
            : RunSort.Date;
        var descending = Text(query, "dir") switch
        {
            null => sort == RunSort.Date,
            "asc" => false,
            "desc" => true,
            var other => throw new UserFacingException($"must be asc or desc, not \"{InputExcerpt.Of(other)}\".", "dir"),
        };
        var page = OptionBounds.Page.Parse(Text(query, "page"), "page") ?? 1;
        return new RunsQuery(type, Day(query, "from"), Day(query, "to"), sort, descending, page);
    }

    /// <summary>The query string of this view with some parts changed (the sort links, the pager).</summary>
    public string ToUrl(RunSort? sort = null, bool? descending = null, int? page = null)
    {
        var parts = new List<string>();
        Add(parts, "type", Type?.Code());
        Add(parts, "from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(parts, "to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(parts, "sort", (sort ?? Sort).Code());
        Add(parts, "dir", descending ?? Descending ? "desc" : "asc");
        Add(parts, "page", (page ?? Page) == 1 ? null : (page ?? Page).ToString(CultureInfo.InvariantCulture));
        return "/runs?" + string.Join('&', parts);
    }

    /// <summary>The runs in this view's order (a stable sort: equal values keep the date order).</summary>
    public IEnumerable<Run> Order(IReadOnlyList<Run> runs)
    {
        IOrderedEnumerable<Run> ordered = Sort switch
        {
            RunSort.Date => By(runs, r => r.StartUtc),
            RunSort.Name => By(runs, r => r.Name ?? string.Empty, StringComparer.CurrentCultureIgnoreCase),
            RunSort.Type => By(runs, r => r.WorkoutType.Code(), StringComparer.Ordinal),
            RunSort.Distance => By(runs, r => r.Distance),
            RunSort.Time => By(runs, r => r.MovingTime),
            RunSort.Pace => By(runs, r => r.Pace),
            // A missing value sorts last either way: an unknown climb is not a climb of zero.
            RunSort.Climb => ByKnown(runs, r => r.ElevationGain?.Meters),
            RunSort.HeartRate => ByKnown(runs, r => r.AverageHeartRate?.BeatsPerMinute),
            RunSort.Source => By(runs, r => r.Source.Code(), StringComparer.Ordinal),
            _ => throw new ArgumentOutOfRangeException(nameof(runs), Sort, "Unknown sort."),
        };
        return ordered;
    }

    private IOrderedEnumerable<Run> By<TKey>(IEnumerable<Run> runs, Func<Run, TKey> key, IComparer<TKey>? comparer = null) =>
        Descending ? runs.OrderByDescending(key, comparer) : runs.OrderBy(key, comparer);

    private IOrderedEnumerable<Run> ByKnown(IEnumerable<Run> runs, Func<Run, double?> key) =>
        runs.OrderBy(r => key(r) is null).ThenBy(r => Descending ? -(key(r) ?? 0) : key(r) ?? 0);

    private static void Add(List<string> parts, string name, string? value)
    {
        if (value is not null)
        {
            parts.Add(name + "=" + Uri.EscapeDataString(value));
        }
    }

    private static string? Text(IQueryCollection query, string name) =>
        query[name].ToString() is { Length: > 0 } text ? text.Trim() : null;

    private static DateOnly? Day(IQueryCollection query, string name) =>
        Text(query, name) is { } text
            ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw new UserFacingException($"must be a date as yyyy-MM-dd, not \"{InputExcerpt.Of(text)}\".", name)
            : null;

}
