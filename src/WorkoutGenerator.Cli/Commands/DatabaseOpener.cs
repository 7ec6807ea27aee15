using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Cli.Commands;

internal static class DatabaseOpener
{
    public static WorkoutDatabase Open(CliContext context, CommonSettings settings)
    {
        var path = DatabaseLocation.Resolve(settings.Database, context.GetEnvironmentVariable);
        return WorkoutDatabase.Open(path, context.Time);
    }
}
