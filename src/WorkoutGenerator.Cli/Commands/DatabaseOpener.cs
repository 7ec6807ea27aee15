using WorkoutGenerator.Services.TimeZones;
using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Cli.Commands;

internal static class DatabaseOpener
{
    public static WorkoutDatabase Open(CliContext context, CommonSettings settings)
    {
        var path = DatabaseLocation.Resolve(settings.Database, context.GetEnvironmentVariable);
        var database = WorkoutDatabase.Open(path, context.Time);
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
}
