using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Import.Activities;

/// <summary>
/// What a file says about its activity. <see cref="Sport"/> is the file's own word ("running", "9", "Biking",
/// "cycling"); <see cref="RunType"/> is set when that word means a run, null for other sports and for files that
/// name no sport (<see cref="SportKnown"/> tells the two apart).
/// </summary>
public sealed record ActivityMetadata
{
    public required ActivityFormat Format { get; init; }

    public string? Sport { get; init; }

    public string? SubSport { get; init; }

    public SportType? RunType { get; init; }

    public bool SportKnown => Sport is not null;

    /// <summary>True when the file itself says treadmill (FIT sub_sport 1); see <see cref="ActivityAnalyzer"/> for the GPS rule.</summary>
    public bool TreadmillFlag { get; init; }

    /// <summary>The first sample's time, else the session or lap start the file gives.</summary>
    public DateTimeOffset? StartUtc { get; init; }

    /// <summary>Local minus UTC where the file gives it (FIT activity.local_timestamp, an XML time with a non-zero offset).</summary>
    public TimeSpan? UtcOffset { get; init; }

    public string? Device { get; init; }

    public string? Name { get; init; }

    /// <summary>FIT file_id serial_number and time_created: together they identify the recording across re-imports.</summary>
    public long? FitSerialNumber { get; init; }

    public DateTimeOffset? FitTimeCreated { get; init; }

    /// <summary>The device's own totals (FIT session, TCX laps) where the file has them.</summary>
    public Distance? TotalDistance { get; init; }

    public Duration? TotalElapsedTime { get; init; }

    public Duration? TotalTimerTime { get; init; }

    public Distance? TotalAscent { get; init; }
}
