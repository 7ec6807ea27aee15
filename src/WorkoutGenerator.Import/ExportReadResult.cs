using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Import;

/// <summary>How far a read has come; <see cref="TotalBytes"/> is null when the size is not known up front.</summary>
public sealed record ImportProgress(long BytesRead, long? TotalBytes, int RowsRead);

/// <summary>The two header layouts Strava has used for activities.csv.</summary>
public enum ExportLayout
{
    /// <summary>Title-case, translated headers (mid-2019 on): "Activity ID", "Activity Date", ...</summary>
    Current,

    /// <summary>The pre-2019 layout: <c>id,date,name,type,description,elapsed_time,distance,...</c>, ISO dates, metres.</summary>
    Legacy,
}

public enum ImportIssueSeverity
{
    /// <summary>The row was imported; something in it was repaired or assumed.</summary>
    Warning,

    /// <summary>The row was not imported.</summary>
    Skipped,

    /// <summary>The file could not be read at all.</summary>
    Error,
}

/// <summary>
/// One thing the reader wants the runner to know, and where: <see cref="Line"/> is the physical line (1-based) on
/// which the row starts, <see cref="Column"/> the 1-based column, 0 and null when the issue is about the whole file.
/// </summary>
public sealed record ImportIssue(string File, int Line, int? Column, string? Field, string Reason, ImportIssueSeverity Severity)
{
    /// <summary>"activities.csv:123:7 (Distance): reason".</summary>
    public override string ToString()
    {
        var where = Column is { } column ? $"{File}:{Line}:{column}" : $"{File}:{Line}";
        return Field is null ? $"{where}: {Reason}" : $"{where} ({Field}): {Reason}";
    }
}

/// <summary>
/// Everything one export gave: runs, other sports, and every row that was repaired or left out, so that
/// <c>RowsRead == Runs.Count + OtherActivities.Count + (rows with a Skipped issue) + DuplicateRows</c>.
/// </summary>
public sealed record ExportReadResult(
    IReadOnlyList<Run> Runs,
    IReadOnlyList<OtherActivity> OtherActivities,
    IReadOnlyList<ImportIssue> Issues,
    int RowsRead,
    string SourceName,
    ExportLayout Layout,
    string? Language)
{
    /// <summary>Rows that repeat an earlier row of the same export word for word; the first one is imported.</summary>
    public int DuplicateRows { get; init; }

    /// <summary>
    /// Activity files the rows name that are not in the export (activities.csv copied without its folder): one
    /// summary line, not a warning each; the CSV's values are kept for those runs.
    /// </summary>
    public IReadOnlyList<string> MissingActivityFiles { get; init; } = [];

    public int SkippedRows => Issues.Where(i => i.Severity == ImportIssueSeverity.Skipped).Select(i => i.Line).Distinct().Count();

    public bool Failed => Issues.Any(i => i.Severity == ImportIssueSeverity.Error);

    internal static ExportReadResult Error(string sourceName, string reason) =>
        new([], [], [new ImportIssue(sourceName, 0, null, null, reason, ImportIssueSeverity.Error)], 0, sourceName, ExportLayout.Current, null);
}
