namespace WorkoutGenerator.Storage;

/// <summary>One schema step. A shipped migration never changes: later changes are new migrations.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
