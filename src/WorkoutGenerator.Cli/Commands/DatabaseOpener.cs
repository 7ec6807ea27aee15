using WorkoutGenerator.Services.TimeZones;
using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Cli.Commands;

/// <summary>
/// Which database a command opens, and how: only `import` creates one; every other command needs one that
/// exists (a mistyped --db must not start an empty database), and the commands that only read open it read-only,
/// so they also work on a database in a folder the runner cannot write to.
/// </summary>
internal static class DatabaseOpener
{
    /// <summary>Opens the database, creating it when missing (only `import` does this).</summary>
    public static WorkoutDatabase OpenOrCreate(CliContext context, CommonSettings settings) =>
        Remember(WorkoutDatabase.Open(Path(context, settings), context.Time), settings);

    /// <summary>
    /// Opens an existing database read-only; with --tz it opens it for writing instead, since the runner asked for
    /// the zone to be remembered.
    /// </summary>
    public static WorkoutDatabase OpenForReading(CliContext context, CommonSettings settings) =>
        settings.TimeZone is null
            ? WorkoutDatabase.OpenExisting(Path(context, settings), context.Time, readOnly: true)
            : OpenForWriting(context, settings);

    public static WorkoutDatabase OpenForWriting(CliContext context, CommonSettings settings) =>
        Remember(WorkoutDatabase.OpenExisting(Path(context, settings), context.Time, readOnly: false), settings);

    private static WorkoutDatabase Remember(WorkoutDatabase database, CommonSettings settings)
    {
        if (settings.TimeZone is { } zone)
        {
            try
            {
                RunnerTimeZones.Remember(database, zone);
            }
            catch
            {
                database.Dispose();
                throw;
            }
        }

        return database;
    }

    private static string Path(CliContext context, CommonSettings settings) =>
        DatabaseLocation.Resolve(settings.Database, context.GetEnvironmentVariable);
}
