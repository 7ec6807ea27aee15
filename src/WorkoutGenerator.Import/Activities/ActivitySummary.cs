using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Import.Activities;

/// <summary>
/// What <see cref="ActivityAnalyzer"/> derives from a recording. <see cref="StartLocal"/> is the runner's wall
/// clock and is null unless the file gives a UTC offset (see <see cref="ActivityAnalyzer"/> for why GPS
/// positions are not turned into a zone).
/// </summary>
public sealed record ActivitySummary(
    DateTimeOffset? StartUtc,
    DateTime? StartLocal,
    Distance Distance,
    Duration ElapsedTime,
    Duration MovingTime,
    Distance? ElevationGain,
    HeartRate? AverageHeartRate,
    bool Treadmill,
    IReadOnlyList<BestEffort> BestEfforts);

/// <summary>The fastest stretch of <see cref="Distance"/> inside one recording, timed on the clock (pauses included).</summary>
public sealed record BestEffort(string Name, Distance Distance, Duration Time, DateTimeOffset StartUtc)
{
    public Pace Pace => Pace.Of(Distance, Time);
}
