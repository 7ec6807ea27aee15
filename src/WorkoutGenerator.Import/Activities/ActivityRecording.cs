namespace WorkoutGenerator.Import.Activities;

/// <summary>
/// One activity file read into a format-neutral shape (after Runalyze's container): what the file says about
/// itself, its samples in time order, its laps and its timer pauses. Nothing here is derived; see
/// <see cref="ActivityAnalyzer"/> for distance, moving time, elevation gain and best efforts.
/// </summary>
public sealed record ActivityRecording(
    ActivityMetadata Metadata,
    IReadOnlyList<ActivitySample> Samples,
    IReadOnlyList<ActivityLap> Laps,
    IReadOnlyList<TimerPause> Pauses);
