using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Demo;

/// <summary>
/// One generated activity, as the demo athlete's watch would have recorded it.
/// </summary>
/// <param name="Id">The Strava activity ID: unique, increasing with start time.</param>
/// <param name="Sport">Strava's "Activity Type" text: "Run", "Virtual Run" or "Ride".</param>
/// <param name="StartUtc">Start in UTC (what the export's "Activity Date" holds).</param>
/// <param name="StartLocal">Start on the athlete's local wall clock.</param>
/// <param name="Name">The activity name: mostly Strava's default ("Morning Run"), sometimes the athlete's own.</param>
/// <param name="Description">The athlete's note, or null.</param>
/// <param name="Distance">Distance covered; null when the row has none (a bad manual row).</param>
/// <param name="MovingTime">Moving time; null when the row has none (a bad manual row).</param>
/// <param name="ElapsedTime">Elapsed time from start to stop.</param>
/// <param name="ElevationGain">Total ascent; null when unknown.</param>
/// <param name="AverageHeartRate">Average heart rate; null when the strap was not worn.</param>
/// <param name="MaxHeartRate">Maximum heart rate; null when the strap was not worn.</param>
/// <param name="Kind">The session the athlete meant to run; null for rides, <see cref="WorkoutType.Unknown"/> for bad rows.</param>
/// <param name="BadRowReason">Why the row is broken the way real exports' rows are; null for a good row.</param>
public sealed record DemoActivity(
    long Id,
    string Sport,
    DateTime StartUtc,
    DateTime StartLocal,
    string Name,
    string? Description,
    Distance? Distance,
    Duration? MovingTime,
    Duration ElapsedTime,
    Distance? ElevationGain,
    HeartRate? AverageHeartRate,
    HeartRate? MaxHeartRate,
    WorkoutType? Kind,
    string? BadRowReason)
{
    public bool IsBadRow => BadRowReason is not null;

    public bool IsRun => Sport is DemoSports.Run or DemoSports.VirtualRun;
}
