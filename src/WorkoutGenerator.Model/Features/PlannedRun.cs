using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Model.Features;

/// <summary>
/// What the runner means to run in a slot, when the question comes from a plan: its workout type and distance.
/// A slot without one is the unconditioned question (the type follows from the predicted pace).
/// </summary>
public sealed record PlannedRun(WorkoutType Type, Distance Distance);
