using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Import.Activities;

/// <summary>
/// One sample; every measurement may be absent. Altitude and speed are plain doubles with the unit in the name
/// because the unit types cannot hold them: altitude may be negative (below sea level) and a speed of zero has no
/// <see cref="Pace"/>. <see cref="Distance"/> is cumulative from the start, as the device recorded it.
/// </summary>
public readonly record struct ActivitySample(
    DateTimeOffset Time,
    double? Latitude,
    double? Longitude,
    double? AltitudeMeters,
    Distance? Distance,
    double? SpeedMetersPerSecond,
    HeartRate? HeartRate,
    double? Cadence)
{
    public bool HasPosition => Latitude is not null && Longitude is not null;
}
