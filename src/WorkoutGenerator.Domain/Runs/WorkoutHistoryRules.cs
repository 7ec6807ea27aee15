using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Runs;

/// <summary>
/// The fallback when neither tag nor name tells: a run against the runner's own last six weeks. Relative rules,
/// because "long" and "fast" differ by a factor of two between runners; absolute floors, because a runner whose
/// usual run is 4 km is not doing a long run at 6 km.
/// </summary>
internal static class WorkoutHistoryRules
{
    /// <summary>Six weeks: long enough to hold a dozen runs for most runners, short enough to follow a build-up.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(42);

    /// <summary>Below this many baseline runs a median is noise; only the absolute rules apply.</summary>
    public const int MinimumHistory = 5;

    // A long run is ~1.5x the usual run or more (a 16 km Sunday for a 10 km weekday runner); Daniels puts it at
    // 25-30% of a week of 4-5 runs, i.e. 1.25-1.5x their mean. 1.25x counts too when it is also the longest run
    // of the window, so a runner whose weekdays are already long still gets long runs.
    private const double LongFactor = 1.5;
    private const double LongestFactor = 1.25;

    // ... and it must be long in absolute terms: 12 km or 75 minutes, whichever comes first for the runner.
    private static readonly Distance LongFloorDistance = Distance.FromKilometers(12);
    private static readonly Duration LongFloorTime = Duration.FromMinutes(75);

    // Any runner's run of 25 km or two hours is a long run (Daniels caps the long run at ~150 minutes), and with
    // too little history 16 km or 90 minutes is the sign.
    private static readonly Distance AlwaysLongDistance = Distance.FromKilometers(25);
    private static readonly Duration AlwaysLongTime = Duration.FromHours(2);
    private static readonly Distance NoHistoryLongDistance = Distance.FromKilometers(16);
    private static readonly Duration NoHistoryLongTime = Duration.FromMinutes(90);

    // Tempo: at least 8% faster than the median pace (5:30 -> 5:04 /km). Easy runs scatter ~3-5% around the
    // median with weather and terrain; threshold pace is typically 10-20% faster than easy pace. "Not short":
    // at least 3 km and half the usual distance, so strides and fragments do not count.
    private const double TempoPaceFactor = 0.92;
    private const double TempoMinimumShare = 0.5;
    private static readonly Distance TempoMinimumDistance = Distance.FromKilometers(3);

    // Recovery: at least 7% slower than the median and at most 3/4 of the usual distance.
    private const double RecoveryPaceFactor = 1.07;
    private const double RecoveryMaximumShare = 0.75;

    /// <summary>The type <paramref name="run"/> has against <paramref name="pastRuns"/>, the runner's runs of the
    /// <see cref="Window"/> before it.</summary>
    public static WorkoutType Match(Run run, IEnumerable<Run> pastRuns)
    {
        if (run.Distance.Meters <= 0 || run.MovingTime.TotalSeconds <= 0)
        {
            return WorkoutType.Unknown;
        }

        if (run.Distance >= AlwaysLongDistance || run.MovingTime >= AlwaysLongTime)
        {
            return WorkoutType.Long;
        }

        var baseline = RecentRunsBaseline.Of(pastRuns);
        if (baseline is null || baseline.Count < MinimumHistory)
        {
            return run.Distance >= NoHistoryLongDistance || run.MovingTime >= NoHistoryLongTime
                ? WorkoutType.Long
                : WorkoutType.Easy;
        }

        var longEnough = run.Distance >= LongFloorDistance || run.MovingTime >= LongFloorTime;
        var longerThanUsual = run.Distance >= baseline.MedianDistance * LongFactor
            || (run.Distance >= baseline.MedianDistance * LongestFactor && run.Distance >= baseline.Longest);
        if (longEnough && longerThanUsual)
        {
            return WorkoutType.Long;
        }

        var pace = run.Pace.SecondsPerMeter;
        var usualPace = baseline.MedianPace.SecondsPerMeter;
        if (pace <= usualPace * TempoPaceFactor
            && run.Distance >= TempoMinimumDistance
            && run.Distance >= baseline.MedianDistance * TempoMinimumShare)
        {
            return WorkoutType.Tempo;
        }

        if (pace >= usualPace * RecoveryPaceFactor && run.Distance <= baseline.MedianDistance * RecoveryMaximumShare)
        {
            return WorkoutType.Recovery;
        }

        return WorkoutType.Easy;
    }
}
