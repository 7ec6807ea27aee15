using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Runs;

/// <summary>One training week (Monday to Sunday) of running, on the runner's clock.</summary>
public sealed record WeekVolume(
    DateOnly WeekStart,
    int Runs,
    Distance Distance,
    Duration MovingTime,
    Distance? LongestRun,
    Distance ElevationGain,
    int LongRuns)
{
    /// <summary>
    /// This week's distance over the weekly average of the 4 weeks ending with it (<see cref="Analytics.AcuteChronicRatios"/>);
    /// null for the first 3 weeks of the history, after 4 empty weeks, or when not computed. Information only, never a gate.
    /// </summary>
    public double? AcuteChronicRatio { get; init; }
}
