using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;

namespace WorkoutGenerator.Domain.Planning.Stages;

/// <summary>The one fitness estimate a plan's goal and every pace come from: the seam between the planner and the race prediction.</summary>
internal interface IPlanFitness
{
    /// <summary>The goal for <paramref name="race"/> from the runs before <paramref name="asOf"/>; null without evidence.</summary>
    RacePrediction? Predict(IReadOnlyList<Run> past, DateOnly asOf, RaceKind race);
}

/// <summary>Daniels' VDOT and Riegel from the best recent effort, made realistic for a marathon (<see cref="GoalRealism"/>).</summary>
internal sealed class RecentEffortFitness : IPlanFitness
{
    public static readonly RecentEffortFitness Instance = new();

    public RacePrediction? Predict(IReadOnlyList<Run> past, DateOnly asOf, RaceKind race) =>
        GoalRealism.Adjust(RacePredictor.Predict(Effort.FromRuns(past, asOf), race), past, asOf);
}
