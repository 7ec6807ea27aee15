namespace WorkoutGenerator.Services.Application;

/// <summary>Which database a <see cref="Workspace"/> opens, on which clock.</summary>
/// <param name="DatabasePath">The SQLite file (see <see cref="Workspace.ResolveDatabasePath"/> for the default).</param>
/// <param name="Time">"Now": the system clock in a host, a fake one in tests.</param>
public sealed record WorkspaceOptions(string DatabasePath, TimeProvider Time)
{
    /// <summary>An IANA zone ("Europe/Paris") to remember in the database as the runner's, for this and every later use.</summary>
    public string? TimeZone { get; init; }
}
