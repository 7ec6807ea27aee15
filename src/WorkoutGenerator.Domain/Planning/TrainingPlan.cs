using WorkoutGenerator.Domain.Training;

namespace WorkoutGenerator.Domain.Planning;

/// <summary>A day-by-day plan to race day: plain records, so it can be stored and compared with what was run.</summary>
public sealed record TrainingPlan(
    PlanOptions Options,
    RacePrediction? Race,
    IReadOnlyList<PlannedWeek> Weeks,
    IReadOnlyList<Workout> Workouts,
    IReadOnlyList<string> Warnings);
