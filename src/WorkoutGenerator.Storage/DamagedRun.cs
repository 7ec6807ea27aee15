namespace WorkoutGenerator.Storage;

/// <summary>A stored run row that cannot be used: its key in the runs table (<c>source:id</c>) and what is wrong with it.</summary>
public sealed record DamagedRun(string Row, string Problem);
