namespace WorkoutGenerator.Import.Csv;

/// <summary>One CSV record and the physical line (1-based) it starts on.</summary>
internal sealed record CsvRecord(string[] Fields, int Line, string? BadData);
