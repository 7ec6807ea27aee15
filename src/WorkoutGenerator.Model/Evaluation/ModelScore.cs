using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Model.Evaluation;

/// <summary>One model's errors over the test period, overall and per target workout type.</summary>
public sealed record ModelScore(string Name, ErrorMetrics Overall, IReadOnlyDictionary<WorkoutType, ErrorMetrics> ByWorkoutType);
