using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Training;

/// <summary>
/// What a plan says a run will be (its workout type and distance) when it asks for that run's pace. A question
/// without one is the seed's: the type then follows from the predicted pace.
/// </summary>
public sealed record PlanCondition(WorkoutType Type, Distance Distance);
