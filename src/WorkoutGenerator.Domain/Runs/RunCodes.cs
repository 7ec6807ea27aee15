namespace WorkoutGenerator.Domain.Runs;

/// <summary>
/// The stable snake_case codes for <see cref="WorkoutType"/>, used in storage, JSON and exports alike. Codes, not
/// enum names or numbers, so renaming or reordering a member cannot silently change what old rows mean.
/// </summary>
public static class WorkoutTypeExtensions
{
    public static string Code(this WorkoutType type) => type switch
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

    public static WorkoutType ParseCode(string code) => code switch
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
}

/// <summary>The stable snake_case codes for <see cref="SportType"/>.</summary>
public static class SportTypeExtensions
{
    public static string Code(this SportType sport) => sport switch
    {
        SportType.Run => "run",
        SportType.TrailRun => "trail_run",
        SportType.VirtualRun => "virtual_run",
        _ => throw new ArgumentOutOfRangeException(nameof(sport), sport, "Unknown sport type."),
    };

    public static SportType ParseCode(string code) => code switch
    {
        "run" => SportType.Run,
        "trail_run" => SportType.TrailRun,
        "virtual_run" => SportType.VirtualRun,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown sport type code."),
    };
}
