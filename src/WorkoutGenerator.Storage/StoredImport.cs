namespace WorkoutGenerator.Storage;

/// <summary>An imports row with the counts its save produced, for an import history view.</summary>
public sealed record StoredImport(ImportRecord Import, SaveResult Result);
