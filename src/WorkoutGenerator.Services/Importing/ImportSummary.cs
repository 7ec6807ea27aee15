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
    /// <summary>Rows that repeat an earlier row of the same export word for word (the first is imported).</summary>
    public int DuplicateRows { get; init; }

    /// <summary>Activity files activities.csv names that the export lacks; the runs keep the CSV's values.</summary>
    public IReadOnlyList<string> MissingActivityFiles { get; init; } = [];

    /// <summary>True when the source could not be read at all: nothing was stored.</summary>
    public bool Failed => Issues.Any(issue => issue.Severity == ImportIssueSeverity.Error) && RowsRead == 0;
}
