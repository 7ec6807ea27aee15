namespace WorkoutGenerator.Services.Exports;

/// <summary>A file made in memory: its name (no folder) and its bytes, for a folder, a zip or a download.</summary>
public sealed record ExportFile(string Name, byte[] Content);
