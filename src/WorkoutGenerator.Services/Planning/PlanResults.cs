using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Services.TimeZones;

namespace WorkoutGenerator.Services.Planning;

/// <summary>The next workout, the prediction it came from, and which predictor made that prediction.</summary>
public sealed record NextWorkoutResult(DateTime Slot, Workout Workout, PacePrediction Prediction, string Predictor, TimeZoneResolution TimeZone);

public enum PlanDecision
{
    /// <summary>Built from scratch: no stored plan for this race, or different options.</summary>
    New,

    /// <summary>The stored plan for the same race, its past kept and its rest re-planned on what was run.</summary>
    Adapted,
}

/// <summary>A stored plan, whether it was built or adapted and why, and the predictor it was rolled forward with.</summary>
public sealed record PlanResult(long PlanId, TrainingPlan Plan, PlanDecision Decision, string DecisionReason, string Predictor, TimeZoneResolution TimeZone);

/// <summary>The active plan compared with what was run up to <see cref="AsOf"/>.</summary>
public sealed record PlanStatusResult(TrainingPlan Plan, PlanStatusReport Report, DateOnly AsOf, TimeZoneResolution TimeZone);
