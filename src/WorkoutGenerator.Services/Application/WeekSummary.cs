using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Services.Application;

/// <summary>One Monday-to-Sunday week of running on the runner's clock, with its acute:chronic ratio.</summary>
/// <param name="AcuteChronicRatio">This week's distance over the weekly average of the 4 weeks ending with it;
/// null for the first 3 weeks of the history or after 4 empty weeks. Information only, never a gate.</param>
public sealed record WeekSummary(
    DateOnly WeekStart,
    int Runs,
    Distance Distance,
    Duration MovingTime,
    Distance? LongestRun,
    Distance ElevationGain,
    int LongRuns,
    double? AcuteChronicRatio);
