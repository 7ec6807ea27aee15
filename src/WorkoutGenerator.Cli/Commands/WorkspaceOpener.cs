using WorkoutGenerator.Services.Application;

namespace WorkoutGenerator.Cli.Commands;

/// <summary>
/// The workspace a command works in: the database of --db (or its default) on the context's clock, with --tz to
/// remember. Only `import` creates a database; the commands that only read open it read-only, so they also work on
/// a database in a folder the runner cannot write to.
/// </summary>
internal static class WorkspaceOpener
{
    public static Workspace Open(CliContext context, CommonSettings settings, WorkspaceAccess access)
    {
        var path = Workspace.ResolveDatabasePath(settings.Database, context.GetEnvironmentVariable);
        return Workspace.Open(new WorkspaceOptions(path, context.Time) { TimeZone = settings.TimeZone }, access);
    }
}
