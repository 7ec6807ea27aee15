using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Services.Views;

/// <summary>The snake_case names that JSON output uses for the Domain's enums.</summary>
public static class Codes
{
    public static string Of(WorkoutType type) => type switch
    {
        WorkoutType.Easy => "easy",
        WorkoutType.Long => "long",
        WorkoutType.Tempo => "tempo",
        WorkoutType.Interval => "interval",
        WorkoutType.Race => "race",
        WorkoutType.Recovery => "recovery",
        _ => "unknown",
    };

    public static string Of(SportType type) => type switch
    {
        SportType.Run => "run",
        SportType.TrailRun => "trail_run",
        SportType.VirtualRun => "virtual_run",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown sport type."),
    };
}
