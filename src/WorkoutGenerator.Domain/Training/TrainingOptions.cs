using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Training;

/// <summary>
/// The runner's safety limits. Defaults follow ../shared/domain-notes.md ("Training rules with evidence"); a runner
/// who knows better (an ultra runner's 4-hour long run) overrides them here, never by editing the rules.
/// </summary>
public sealed record TrainingOptions
{
    public static TrainingOptions Default { get; } = new();

    /// <summary>Frandsen et al. 2025 (BJSM): a run more than 10% longer than the longest of the previous 30 days raised injury risk.</summary>
    public double MaxIncreaseOverLongest30Days { get; init; } = 0.10;

    /// <summary>Daniels' Running Formula: the long run at most ~25-30% of the week.</summary>
    public double MaxLongRunShare { get; init; } = 0.30;

    /// <summary>Daniels' Running Formula: the long run at most ~150 minutes.</summary>
    public Duration MaxLongRunDuration { get; init; } = Duration.FromMinutes(150);

    /// <summary>No run shorter than this is prescribed (the seed once prescribed 0.4 mi).</summary>
    public Distance MinRunDistance { get; init; } = Distance.FromKilometers(3);

    /// <summary>Daniels: threshold running at most ~10% of the week's volume.</summary>
    public double MaxThresholdShare { get; init; } = 0.10;

    /// <summary>Daniels: interval running at most the lesser of 10 km and 8% of the week.</summary>
    public double MaxIntervalShare { get; init; } = 0.08;

    public Distance MaxIntervalDistance { get; init; } = Distance.FromKilometers(10);

    /// <summary>A recovery run at most this share of the week: "very short after a hard day".</summary>
    public double MaxRecoveryShare { get; init; } = 0.10;

    /// <summary>Last week below this fraction of the 4-week average counts as a break (see <see cref="TrainingLoad"/>).</summary>
    public double BreakRatio { get; init; } = 0.5;
}
