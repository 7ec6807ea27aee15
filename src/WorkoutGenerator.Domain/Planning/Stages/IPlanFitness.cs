using WorkoutGenerator.Domain.Fitness;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;

namespace WorkoutGenerator.Domain.Planning.Stages;

/// <summary>The goal and the training paces of one fitness estimate.</summary>
internal sealed record PlanFitness(RacePrediction Race, TrainingPaces Paces);

/// <summary>The one fitness estimate a plan's goal and every pace come from: the seam between the planner and the race prediction.</summary>
internal interface IPlanFitness
{
    /// <summary>The goal for <paramref name="race"/> and the paces from the runs before <paramref name="asOf"/>; null without evidence.</summary>
    PlanFitness? Predict(IReadOnlyList<Run> past, DateOnly asOf, RaceKind race);
}

/// <summary>
/// The goal from the runner's one fitness estimate (<see cref="RaceGoals"/>: races of any age decayed, race-level
/// efforts, training; the method chosen on the runner's own past races, with its measured error band) and the
/// estimate's training paces (<see cref="FitnessEstimate.Paces"/>).
/// </summary>
internal sealed class EstimateFitness : IPlanFitness
{
    public static readonly EstimateFitness Instance = new();

    public PlanFitness? Predict(IReadOnlyList<Run> past, DateOnly asOf, RaceKind race) =>
        RaceGoals.For(past, asOf, race.ToRaceDistance()) is { } goal ? new PlanFitness(goal.ToRacePrediction(), goal.Fitness.Paces) : null;
}
