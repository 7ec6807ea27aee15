namespace WorkoutGenerator.Services.Application;

/// <summary>
/// Opens workspaces on one database and clock: what a host registers once (a web app as a singleton) and asks
/// for a fresh <see cref="Workspace"/> per request, so no two requests share a connection. A
/// <see cref="WorkspaceOptions.TimeZone"/> in the options is remembered at every open (and makes every open
/// writable): a host that is given a zone once remembers it with one <see cref="Workspace.Open"/> and registers
/// options without it.
/// </summary>
public sealed class WorkspaceFactory(WorkspaceOptions options)
{
    private readonly WorkspaceOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    public string DatabasePath => _options.DatabasePath;

    public Workspace Open(WorkspaceAccess access) => Workspace.Open(_options, access);
}
