using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Import.Fit;

/// <summary>A structured workout for a watch, neutral of any plan type: a name, a sport and its steps in order.</summary>
public sealed record FitWorkout(string Name, FitWorkoutSport Sport, IReadOnlyList<FitWorkoutStep> Steps, DateTimeOffset Created);

public enum FitWorkoutSport
{
    Running = 1,
}

/// <summary>FIT intensity values (workout_step field 7).</summary>
public enum FitIntensity
{
    Active = 0,
    Rest = 1,
    Warmup = 2,
    Cooldown = 3,
    Recovery = 4,
}

/// <summary>A step: either an interval to run or a jump back that repeats earlier steps.</summary>
public abstract record FitWorkoutStep;

/// <summary>
/// Run for <see cref="Length"/> at a speed between <see cref="SlowestSpeed"/> and <see cref="FastestSpeed"/>
/// (m/s; both null for no target). FIT stores the slower bound as "low".
/// </summary>
public sealed record FitIntervalStep(FitStepLength Length, FitIntensity Intensity, double? SlowestSpeed = null, double? FastestSpeed = null, string? Name = null) : FitWorkoutStep;

/// <summary>Repeat the steps from <see cref="FromStepIndex"/> up to this one, <see cref="Count"/> times in all.</summary>
public sealed record FitRepeatStep(int FromStepIndex, int Count) : FitWorkoutStep;

/// <summary>How long a step lasts: a time, a distance, or open (until the runner presses lap).</summary>
public sealed record FitStepLength
{
    private FitStepLength(Duration? time, Distance? distance)
    {
        Time = time;
        Distance = distance;
    }

    public static FitStepLength Open { get; } = new(null, null);

    public Duration? Time { get; }

    public Distance? Distance { get; }

    public static FitStepLength Of(Duration time) => new(time, null);

    public static FitStepLength Of(Distance distance) => new(null, distance);
}
