using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Analytics;

/// <summary>One training week (Monday to Sunday) of running.</summary>
public sealed record WeekVolume(
    DateOnly WeekStart,
    int Runs,
    Distance Distance,
    Duration MovingTime,
    Distance? LongestRun,
    Distance ElevationGain,
    int LongRuns);
