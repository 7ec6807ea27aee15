using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Planning.Stages;

/// <summary>
/// One week's volume: its phase, the whole week's target (what was run before the plan included), what the plan may
/// add (<see cref="Budget"/>), the level it grew from, and the rule that set it, as the runner reads it.
/// </summary>
internal sealed record WeekTarget(DateOnly WeekStart, PlanPhase Phase, Distance Target, Distance Budget, Distance DoneBefore, string Rule)
{
    /// <summary>The whole week's level, what sessions and the long run's share are sized from (a first week begun before the plan included).</summary>
    public Distance Level { get; init; } = Target;

    /// <summary>Race week: what the last 7 days before the race may carry in all (the days of the week before included).</summary>
    public Distance? RaceWindow { get; init; }

    /// <summary>The week of the race-owed easy days or of the gradual return after them.</summary>
    public bool Recovering { get; init; }

    public bool IsTaper => Phase is PlanPhase.Taper or PlanPhase.Race;
}
