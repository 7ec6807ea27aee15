using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Training;

public enum StepKind
{
    WarmUp,
    Work,
    Recovery,
    CoolDown,
}

/// <summary>Daniels' training intensities; a step's pace range comes from one of them.</summary>
public enum TrainingIntensity
{
    Easy,
    Marathon,
    Threshold,
    Interval,
    Repetition,
}

/// <summary>A pace range; <see cref="Fast"/> is the quicker bound.</summary>
public sealed record PaceRange(Pace Fast, Pace Slow)
{
    public Pace Middle => Pace.FromSecondsPerMeter((Fast.SecondsPerMeter + Slow.SecondsPerMeter) / 2);
}

/// <summary>
/// One step of a structured session, shaped for a FIT workout_step: a length that is either a distance or a time
/// (exactly one is set), a pace range and an intensity.
/// </summary>
public sealed record WorkoutStep(StepKind Kind, Distance? Distance, Duration? Time, PaceRange Pace, TrainingIntensity Intensity)
{
    /// <summary>The step's time at the middle of its pace range.</summary>
    public Duration EstimatedTime => Time ?? Pace.Middle.TimeFor(Distance ?? Units.Distance.Zero);

    /// <summary>The step's distance at the middle of its pace range.</summary>
    public Distance EstimatedDistance => Distance ?? Pace.Middle.DistanceIn(Time ?? Duration.Zero);
}

/// <summary>Steps run <see cref="Repeats"/> times in a row (a warm-up is a block of one).</summary>
public sealed record WorkoutBlock(int Repeats, IReadOnlyList<WorkoutStep> Steps)
{
    public Duration EstimatedTime => Steps.Aggregate(Duration.Zero, (sum, step) => sum + step.EstimatedTime) * Repeats;

    public Distance EstimatedDistance => Steps.Aggregate(Distance.Zero, (sum, step) => sum + step.EstimatedDistance) * Repeats;
}

/// <summary>The structure of a tempo or interval session: warm-up, repeats with recoveries, cool-down.</summary>
public sealed record WorkoutStructure(IReadOnlyList<WorkoutBlock> Blocks)
{
    public Duration EstimatedTime => Blocks.Aggregate(Duration.Zero, (sum, block) => sum + block.EstimatedTime);

    public Distance EstimatedDistance => Blocks.Aggregate(Distance.Zero, (sum, block) => sum + block.EstimatedDistance);
}
