namespace WorkoutGenerator.Domain.Fitness;

/// <summary>
/// The constants of the fitness estimate and the race forecast that no source fixes, each calibrated on the
/// pre-training corpus runners' own races (leave-runner-out; docs/race-prediction.md has the table and the command
/// that measures it). <see cref="Default"/> holds the values fitted on all corpus runners; the harness passes
/// others to measure a runner left out.
/// </summary>
public sealed record FitnessCalibration
{
    public static FitnessCalibration Default { get; } = new();

    /// <summary>VDOT lost per week of a race's age (<see cref="VdotDecay.ForAge"/>).</summary>
    public double AgeLossPerWeek { get; init; } = VdotDecay.AgeLossPerWeek;

    /// <summary>A run not marked as a race counts at this share of its VDOT: it may have been run below race effort, or be a GPS-short course.</summary>
    public double EffortShare { get; init; } = 0.98;

    /// <summary>Tanda's marathon time read as a VDOT counts at this share: a floor from training alone.</summary>
    public double TrainingShare { get; init; } = 1.0;

    /// <summary>Per race distance: the forecast's time is multiplied by 1 + this (the median bias measured on the corpus).</summary>
    public IReadOnlyDictionary<RaceDistance, double> Bias { get; init; } = new Dictionary<RaceDistance, double>
    {
        [RaceDistance.FiveK] = 0.0,
        [RaceDistance.TenK] = 0.0,
        [RaceDistance.Half] = 0.0,
        [RaceDistance.Marathon] = 0.0,
    };

    /// <summary>The marathon slows by this share times (1 - readiness): a runner with no marathon shape at all runs this much slower than the VDOT says.</summary>
    public double MarathonShapePenalty { get; init; } = 0.10;

    /// <summary>Per race distance: the 10th and 90th percentiles of the relative error (actual / forecast - 1) on the corpus, the forecast's range.</summary>
    public IReadOnlyDictionary<RaceDistance, (double Low, double High)> Range { get; init; } = new Dictionary<RaceDistance, (double Low, double High)>
    {
        [RaceDistance.FiveK] = (-0.05, 0.05),
        [RaceDistance.TenK] = (-0.05, 0.05),
        [RaceDistance.Half] = (-0.05, 0.06),
        [RaceDistance.Marathon] = (-0.06, 0.08),
    };
}
