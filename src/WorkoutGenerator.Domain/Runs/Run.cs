using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Runs;

/// <summary>
/// One run as the app knows it. Absent measurements are null. <see cref="StartLocal"/> is the runner's wall
/// clock (no offset) and is known only when a source gives it; <see cref="StartUtc"/> is always known.
/// </summary>
public sealed record Run
{
    /// <summary>The source's own activity id (Strava's "Activity ID"), unique per source.</summary>
    public required string Id { get; init; }

    public required ActivitySource Source { get; init; }

    /// <summary>The export or file the run was read from, relative to the import root where there is one.</summary>
    public string? SourceFile { get; init; }

    public required DateTimeOffset StartUtc { get; init; }

    public DateTime? StartLocal { get; init; }

    public required Distance Distance { get; init; }

    public required Duration MovingTime { get; init; }

    public Duration? ElapsedTime { get; init; }

    public Distance? ElevationGain { get; init; }

    public HeartRate? AverageHeartRate { get; init; }

    public WorkoutType WorkoutType { get; init; } = WorkoutType.Unknown;

    /// <summary>Strava's own workout_type (1 race, 2 long run, 3 workout) where the source gives it.</summary>
    public int? StravaWorkoutType { get; init; }

    public string? Name { get; init; }

    public required SportType SportType { get; init; }

    public bool Treadmill { get; init; }

    /// <summary>The activity file the export names for this run (e.g. "activities/123.fit.gz").</summary>
    public string? ActivityFileName { get; init; }

    public Pace Pace => Pace.Of(Distance, MovingTime);
}
