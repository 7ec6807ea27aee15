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

    /// <summary>Races and efforts shorter than this are not evidence: short "races" in real logs are often track repeats or mislabelled sprints.</summary>
    public double MinimumEvidenceKilometers { get; init; } = 4.8;

    /// <summary>
    /// The effective VDOT is this recency-weighted quantile of the decayed race and effort VDOTs (1 = the strongest):
    /// a runner's marked races are not all run flat out, and the level they race at is what the next race will show.
    /// </summary>
    public double LevelQuantile { get; init; } = 0.95;

    /// <summary>A race's weight in the quantile halves every this many weeks of age.</summary>
    public double HalfLifeWeeks { get; init; } = 208;

    /// <summary>
    /// For a race forecast, each piece of evidence also weighs exp(-this x |ln(its distance / the race's)|): a
    /// runner's own races at the distance say most about the next one (0: every distance alike).
    /// </summary>
    public double DistanceAffinity { get; init; } = 8;

    /// <summary>A run not marked as a race counts at this share of its VDOT: it may have been run below race effort, or be a GPS-short course.</summary>
    public double EffortShare { get; init; } = 1.0;

    /// <summary>Tanda's marathon time read as a VDOT counts at this share: a floor from training alone.</summary>
    public double TrainingShare { get; init; } = 1.0;

    /// <summary>Per race distance: the forecast's time is multiplied by 1 + this (the median bias measured on the corpus).</summary>
    public IReadOnlyDictionary<RaceDistance, double> Bias { get; init; } = new Dictionary<RaceDistance, double>
    {
        [RaceDistance.FiveK] = 0.0281,
        [RaceDistance.TenK] = 0.0394,
        [RaceDistance.Half] = -0.0192,
        [RaceDistance.Marathon] = -0.0183,
    };

    /// <summary>The marathon slows by this share times (1 - readiness): a runner with no marathon shape at all runs this much slower than the VDOT says.</summary>
    public double MarathonShapePenalty { get; init; } = 0.10;

    /// <summary>Per race distance: the 10th and 90th percentiles of actual / forecast - 1 on the corpus runners' races (leave-runner-out, 4 weeks out), the forecast's range.</summary>
    public IReadOnlyDictionary<RaceDistance, (double Low, double High)> Range { get; init; } = new Dictionary<RaceDistance, (double Low, double High)>
    {
        [RaceDistance.FiveK] = (-0.103, 0.195),
        [RaceDistance.TenK] = (-0.137, 0.205),
        [RaceDistance.Half] = (-0.059, 0.258),
        [RaceDistance.Marathon] = (-0.060, 0.159),
    };
}
