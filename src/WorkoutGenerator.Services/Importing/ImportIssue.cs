using ReaderIssue = WorkoutGenerator.Import.ImportIssue;
using ReaderSeverity = WorkoutGenerator.Import.ImportIssueSeverity;
using ReaderProgress = WorkoutGenerator.Import.ImportProgress;

namespace WorkoutGenerator.Services.Importing;

/// <summary>How bad an <see cref="ImportIssue"/> is.</summary>
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
/// One thing the import wants the runner to know, and where: <see cref="Line"/> is the physical line (1-based) on
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

    /// <summary>The reader's issue in the API's words (the same fields, the same text).</summary>
    internal static ImportIssue From(ReaderIssue issue) =>
        new(issue.File, issue.Line, issue.Column, issue.Field, issue.Reason, issue.Severity switch
        {
            ReaderSeverity.Warning => ImportIssueSeverity.Warning,
            ReaderSeverity.Skipped => ImportIssueSeverity.Skipped,
            ReaderSeverity.Error => ImportIssueSeverity.Error,
            _ => throw new ArgumentOutOfRangeException(nameof(issue), issue.Severity, "An import issue's severity the API does not know."),
        });

    internal static IReadOnlyList<ImportIssue> From(IEnumerable<ReaderIssue> issues) => [.. issues.Select(From)];
}

/// <summary>How far an import has read activities.csv; <see cref="TotalBytes"/> is null when the size is not known up front.</summary>
public sealed record ImportProgress(long BytesRead, long? TotalBytes, int RowsRead)
{
    /// <summary>A progress the reader reports to, passing each report on to <paramref name="progress"/> in the API's words.</summary>
    internal static IProgress<ReaderProgress>? ForReader(IProgress<ImportProgress>? progress) =>
        ProgressRelay.Of<ReaderProgress, ImportProgress>(progress, p => new(p.BytesRead, p.TotalBytes, p.RowsRead));
}
