using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Training;

/// <summary>
/// A predicted pace for one run slot with its range (<see cref="Fast"/> is the quicker bound) and the name of the
/// method that made it, so the runner always sees where a number came from.
/// </summary>
public sealed record PacePrediction(Pace Predicted, Pace Fast, Pace Slow, string Method);
