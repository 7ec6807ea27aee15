using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Fitness;

/// <summary>Where a piece of evidence about the runner's fitness comes from.</summary>
public enum EvidenceKind
{
    /// <summary>A run marked as a race (the classifier's race, or Strava's workout_type 1).</summary>
    Race,

    /// <summary>A run not marked as a race whose VDOT is at race level.</summary>
    Effort,

    /// <summary>Training volume and pace (Tanda 2011), the floor without races or efforts.</summary>
    Training,
}

/// <summary>
/// One piece of evidence and what it is worth today: <see cref="RawVdot"/> is the VDOT of the run as run (Daniels &amp;
/// Gilbert), <see cref="Vdot"/> what is left at the estimate's date after <see cref="Kept"/> (age, breaks, the share an
/// effort or training counts for). Training evidence has no single run: its distance is the marathon and its time Tanda's.
/// </summary>
public sealed record FitnessEvidence(
    EvidenceKind Kind,
    DateOnly Date,
    Distance Distance,
    Duration Time,
    double RawVdot,
    double Kept,
    string Why)
{
    public double Vdot => RawVdot * Kept;
}
