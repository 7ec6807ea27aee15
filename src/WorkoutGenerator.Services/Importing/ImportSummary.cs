using WorkoutGenerator.Import.Strava;

namespace WorkoutGenerator.Services.Importing;

/// <summary>What one import did, for the CLI's summary and the dashboard.</summary>
public sealed record ImportSummary(
    string Source,
    int RowsRead,
    int RunsImported,
    int RunsAlreadyStored,
    int OtherActivitiesImported,
    int OtherActivitiesAlreadyStored,
    int RowsSkipped,
    IReadOnlyList<ImportIssue> Issues)
{
    /// <summary>True when the source could not be read at all: nothing was stored.</summary>
    public bool Failed => Issues.Any(issue => issue.Severity == ImportIssueSeverity.Error) && RowsRead == 0;

    /// <summary>Skipped rows grouped by reason, most frequent first.</summary>
    public IReadOnlyList<(string Reason, int Count)> SkipReasons => Issues
        .Where(issue => issue.Severity == ImportIssueSeverity.Skipped)
        .GroupBy(issue => issue.Reason)
        .Select(group => (group.Key, group.Count()))
        .OrderByDescending(pair => pair.Item2)
        .ThenBy(pair => pair.Key, StringComparer.Ordinal)
        .ToList();
}
