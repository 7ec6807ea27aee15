using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Cli.Commands;

/// <summary>
/// Which database a command opens, and how: only `import` creates one; every other command needs one that
/// exists (a mistyped --db must not start an empty database), and the commands that only read open it read-only,
/// so they also work on a database in a folder the runner cannot write to.
/// </summary>
internal static class DatabaseOpener
{
    public static WorkoutDatabase OpenOrCreate(CliContext context, CommonSettings settings) =>
        WorkoutDatabase.Open(Path(context, settings), context.Time);

    public static WorkoutDatabase OpenForReading(CliContext context, CommonSettings settings) =>
        WorkoutDatabase.OpenExisting(Path(context, settings), context.Time, readOnly: true);

    public static WorkoutDatabase OpenForWriting(CliContext context, CommonSettings settings) =>
        WorkoutDatabase.OpenExisting(Path(context, settings), context.Time, readOnly: false);

    private static string Path(CliContext context, CommonSettings settings) =>
        DatabaseLocation.Resolve(settings.Database, context.GetEnvironmentVariable);
}
