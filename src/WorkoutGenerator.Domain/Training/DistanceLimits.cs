using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Training;

/// <summary>
/// What the caps need to know. None of it depends on the predicted pace, which is what keeps the capped
/// distance monotone in that pace: the 150-minute cap is measured at the runner's own easy pace, not the predicted.
/// </summary>
/// <param name="Budget">A plan's remaining weekly budget for this run; null outside a plan.</param>
/// <param name="Recovery">A recovery run (after a hard day) is held to <see cref="TrainingOptions.MaxRecoveryShare"/>.</param>
public sealed record DistanceLimits(
    Distance WeeklyBase,
    Pace EasyPace,
    Distance? LongestLast30Days,
    TrainingOptions Options,
    Distance? Budget = null,
    bool Recovery = false);
