namespace WorkoutGenerator.Domain.Planning;

public enum PlanPhase
{
    /// <summary>Holding the current volume (the first, partial week, or a race more than 30 weeks away).</summary>
    Base,
    Build,
    StepBack,
    Peak,
    Taper,
    Race,
}
