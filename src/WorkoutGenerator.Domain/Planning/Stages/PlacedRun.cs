using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Planning.Stages;

/// <summary>
/// A sized day before it is paced: its type, distance, session (structure sized at the plan's paces), the reason a
/// coach gives for it and the cap it met. <see cref="Fixed"/> is the first day when it is what `next` prescribed.
/// </summary>
internal sealed record PlacedRun(DateOnly Date, WorkoutType Type, Distance Distance, string Reason)
{
    public SessionKind? Session { get; init; }

    public WorkoutStructure? Structure { get; init; }

    /// <summary>The caps the distance met, as `next` names them ("none", "longest +10%", "floor").</summary>
    public string Caps { get; init; } = "none";

    public string? CapReason { get; init; }

    public Workout? Fixed { get; init; }
}
