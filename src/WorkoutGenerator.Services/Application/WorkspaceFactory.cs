namespace WorkoutGenerator.Services.Application;

/// <summary>
/// Opens workspaces on one database and clock: what a host registers once (a web app as a singleton) and asks
/// for a fresh <see cref="Workspace"/> per request, so no two requests share a connection.
/// </summary>
public sealed class WorkspaceFactory(WorkspaceOptions options)
{
    private readonly WorkspaceOptions options = options ?? throw new ArgumentNullException(nameof(options));

    public string DatabasePath => options.DatabasePath;

    public Workspace Open(WorkspaceAccess access) => Workspace.Open(options, access);
}
