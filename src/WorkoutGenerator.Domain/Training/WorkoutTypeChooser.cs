using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Domain.Training;

/// <summary>
/// The kind of the next run from its place on the runner's pace scale and the days before it:
/// <list type="number">
/// <item>the day after a hard run (tempo, interval, long or race): recovery, whatever the pace;</item>
/// <item>p &lt;= <see cref="QualityPosition"/> with fewer than 2 quality sessions in the last 7 days: a quality
/// session, intervals when the last one (within 14 days) was a tempo, else a tempo (they alternate);</item>
/// <item>p &gt;= <see cref="LongPosition"/> with no long run in the last 5 days: a long run, when its distance is at
/// least <see cref="LongShareOfUsualLong"/> of the runner's usual long run (else easy, in <see cref="NextWorkout"/>);</item>
/// <item>otherwise easy.</item>
/// </list>
/// The type never changes the distance except through the recovery cap, which depends on the history only, so the
/// distance stays monotone in the predicted pace.
/// </summary>
public static class WorkoutTypeChooser
{
    public const double QualityPosition = 0.25;
    public const double LongPosition = 0.75;

    /// <summary>A long run is at least this share of the runner's usual long run (the mean of the last 4 weeks'
    /// longest runs); shorter, it is an easy run (Pfitzinger &amp; Douglas: the long run continues from where the
    /// runner is).</summary>
    public const double LongShareOfUsualLong = 0.75;
    public const int MaxQualityPerWeek = 2;

    public static bool IsHard(WorkoutType type) => type is WorkoutType.Tempo or WorkoutType.Interval or WorkoutType.Long or WorkoutType.Race;

    public static bool IsQuality(WorkoutType type) => type is WorkoutType.Tempo or WorkoutType.Interval;

    public static bool AfterHardDay(IReadOnlyList<Run> history, DateTime slotLocal)
    {
        ArgumentNullException.ThrowIfNull(history);
        var yesterday = DateOnly.FromDateTime(slotLocal).AddDays(-1);
        return history.Any(run => DateOnly.FromDateTime(run.WallClockStart()) == yesterday && IsHard(run.WorkoutType));
    }

    public static WorkoutType Choose(double position, IReadOnlyList<Run> history, DateTime slotLocal)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (AfterHardDay(history, slotLocal))
        {
            return WorkoutType.Recovery;
        }

        var before = history.Where(run => run.WallClockStart() < slotLocal).ToList();
        if (position <= QualityPosition)
        {
            var quality = before.Where(run => IsQuality(run.WorkoutType) && run.WallClockStart() >= slotLocal.AddDays(-14)).OrderBy(run => run.WallClockStart()).ToList();
            if (quality.Count(run => run.WallClockStart() >= slotLocal.AddDays(-7)) < MaxQualityPerWeek)
            {
                return quality.Count > 0 && quality[^1].WorkoutType == WorkoutType.Tempo ? WorkoutType.Interval : WorkoutType.Tempo;
            }
        }

        if (position >= LongPosition && !before.Any(run => run.WorkoutType == WorkoutType.Long && run.WallClockStart() >= slotLocal.AddDays(-5)))
        {
            return WorkoutType.Long;
        }

        return WorkoutType.Easy;
    }
}
