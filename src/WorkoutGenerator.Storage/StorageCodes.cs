using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Storage;

/// <summary>
/// The text stored for each enum value. Codes, not enum names or numbers, so renaming or reordering a member
/// cannot silently change what old rows mean.
/// </summary>
internal static class StorageCodes
{
    public static string Code(WorkoutType type) => type switch
    {
        WorkoutType.Unknown => "unknown",
        WorkoutType.Easy => "easy",
        WorkoutType.Long => "long",
        WorkoutType.Tempo => "tempo",
        WorkoutType.Interval => "interval",
        WorkoutType.Race => "race",
        WorkoutType.Recovery => "recovery",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown workout type."),
    };

    public static WorkoutType ParseWorkoutType(string code) => code switch
    {
        "unknown" => WorkoutType.Unknown,
        "easy" => WorkoutType.Easy,
        "long" => WorkoutType.Long,
        "tempo" => WorkoutType.Tempo,
        "interval" => WorkoutType.Interval,
        "race" => WorkoutType.Race,
        "recovery" => WorkoutType.Recovery,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown workout type code."),
    };

    public static string Code(SportType sport) => sport switch
    {
        SportType.Run => "run",
        SportType.TrailRun => "trail_run",
        SportType.VirtualRun => "virtual_run",
        _ => throw new ArgumentOutOfRangeException(nameof(sport), sport, "Unknown sport type."),
    };

    public static SportType ParseSportType(string code) => code switch
    {
        "run" => SportType.Run,
        "trail_run" => SportType.TrailRun,
        "virtual_run" => SportType.VirtualRun,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown sport type code."),
    };
}
