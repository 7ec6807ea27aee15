using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Model.Features;

/// <summary>
/// The condition of a pace question, when it comes from a plan: the workout type and distance planned for the slot.
/// A slot without one is the unconditioned question (the type follows from the predicted pace).
/// </summary>
public sealed record PaceCondition(WorkoutType Type, Distance Distance);
