using WorkoutGenerator.Domain.Training;

namespace WorkoutGenerator.Domain.Fitness;

/// <summary>
/// The runner's fitness at <see cref="AsOf"/> as one effective VDOT (<see cref="Vdot"/>), the strongest of the
/// evidence as it stands that day (<see cref="Basis"/>). It drives every pace zone (<see cref="Paces"/>) and every race
/// forecast (<see cref="RaceForecaster"/>). <see cref="Evidence"/> lists what was weighed, strongest first;
/// <see cref="Method"/> says it in one line. It moves only when evidence moves it: a new race or effort, a break,
/// age (stated in <see cref="VdotDecay"/>), or the training volume and pace behind the training floor.
/// </summary>
public sealed record FitnessEstimate(
    DateOnly AsOf,
    double Vdot,
    FitnessEvidence Basis,
    IReadOnlyList<FitnessEvidence> Evidence,
    TrainingSummary Training,
    string Method)
{
    /// <summary>Every race and the best effort weighed for <see cref="Vdot"/> (the training floor apart), for the forecasts' per-distance level.</summary>
    public IReadOnlyList<FitnessEvidence> Pool { get; init; } = [];

    /// <summary>The VDOT range Daniels' tables and our pace zones cover.</summary>
    public const double MinVdot = 20;
    public const double MaxVdot = 85;

    /// <summary>Daniels' training paces at the effective VDOT (clamped to his tables' 20-85).</summary>
    public TrainingPaces Paces => TrainingPaces.FromVdot(Math.Clamp(Vdot, MinVdot, MaxVdot));
}
