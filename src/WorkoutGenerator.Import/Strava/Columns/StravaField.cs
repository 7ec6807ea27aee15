namespace WorkoutGenerator.Import.Strava.Columns;

/// <summary>
/// The columns the reader uses. Strava writes some names twice (Elapsed Time, Distance): the first
/// <see cref="DisplayDistance"/> is in the account's unit, the second <see cref="Distance"/> in metres.
/// </summary>
internal enum StravaField
{
    Id,
    Date,
    Name,
    Type,
    ElapsedTimeWhole,
    DisplayDistance,
    Filename,
    ElapsedTime,
    MovingTime,
    Distance,
    ElevationGain,
    AverageHeartRate,
    Competition,
    LongRun,
}
