namespace WorkoutGenerator.Storage;

/// <summary>One import as the user ran it: what was read, from where, and when.</summary>
public sealed record ImportRecord(string SourcePath, DateTimeOffset ImportedAtUtc, int RowsRead, int SkippedRows, string? Notes);
