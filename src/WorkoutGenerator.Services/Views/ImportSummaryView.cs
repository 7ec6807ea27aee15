using System.Text.Json.Serialization;
using WorkoutGenerator.Services.Importing;

namespace WorkoutGenerator.Services.Views;

public sealed record ImportSummaryView(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("rows_read")] int RowsRead,
    [property: JsonPropertyName("runs_imported")] int RunsImported,
    [property: JsonPropertyName("runs_already_stored")] int RunsAlreadyStored,
    [property: JsonPropertyName("other_activities_imported")] int OtherActivitiesImported,
    [property: JsonPropertyName("rows_skipped")] int RowsSkipped,
    [property: JsonPropertyName("duplicate_rows")] int DuplicateRows,
    [property: JsonPropertyName("failed")] bool Failed,
    [property: JsonPropertyName("issues")] IReadOnlyList<IssueView> Issues,
    [property: JsonPropertyName("missing_activity_files")] IReadOnlyList<string> MissingActivityFiles)
{
    public static ImportSummaryView From(ImportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new ImportSummaryView(
            summary.Source,
            summary.RowsRead,
            summary.RunsImported,
            summary.RunsAlreadyStored,
            summary.OtherActivitiesImported,
            summary.RowsSkipped,
            summary.DuplicateRows,
            summary.Failed,
            summary.Issues.Select(issue => new IssueView(
                issue.File, issue.Line, issue.Column, issue.Field, issue.Reason, issue.Severity.ToString().ToLowerInvariant())).ToList(),
            summary.MissingActivityFiles);
    }
}

public sealed record IssueView(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("column")] int? Column,
    [property: JsonPropertyName("field")] string? Field,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("severity")] string Severity);
