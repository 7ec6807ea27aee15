using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Planning;

/// <summary>
/// One Monday-to-Sunday week of a plan: its phase, the volume it aimed at, what was planned (race excluded) and
/// what the runner had already run that week before the plan started, and the rule that set the target.
/// </summary>
public sealed record PlannedWeek(DateOnly WeekStart, PlanPhase Phase, Distance Target, Distance Planned, Distance DoneBeforePlan, string Rule);
