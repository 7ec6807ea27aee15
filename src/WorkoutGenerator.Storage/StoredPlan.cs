using WorkoutGenerator.Domain.Planning;

namespace WorkoutGenerator.Storage;

/// <summary>A plan as stored: its row id, when it was saved, whether it is the active one, and the plan itself.</summary>
public sealed record StoredPlan(long Id, DateTimeOffset CreatedUtc, bool Active, TrainingPlan Plan);
