using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Import.Strava;

/// <summary>
/// What makes a running row unusable. A run faster than 2:00 /km beats the world record by far (a GPS glitch or a
/// ride logged as a run); slower than 20:00 /km is a walk, a hike or a watch left running. Under 100 m is a
/// start/stop mistake. These rows are reported as Skipped, never dropped silently.
/// </summary>
internal static class RowRules
{
    public static readonly Pace FastestPace = Pace.FromSecondsPerKilometer(120);

    public static readonly Pace SlowestPace = Pace.FromSecondsPerKilometer(1200);

    public static readonly Distance ShortestRun = Distance.FromMeters(100);
}
