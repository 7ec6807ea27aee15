using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Model.Features;

/// <summary>What actually happened in the slot: kept for training and evaluation, never a model input.</summary>
public sealed record PaceTarget(string RunId, double SecondsPerKm, WorkoutType WorkoutType, Distance Distance);
