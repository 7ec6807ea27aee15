using System.Globalization;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Training;

/// <summary>
/// The fallback when no model is trained: the median pace of the runner's last runs on the same weekday (their
/// weekly rhythm: a Sunday long run is slow, a Tuesday session fast) when there are at least
/// <see cref="MinSameWeekday"/> of them in the last 8 weeks, else the median of their last
/// <see cref="RecentCount"/> runs. The range is the 20th to 80th percentile of the same runs. Issue 3's reference
/// found the runner's recent median within 4% of the best baseline, so this is a fair stand-in. It answers a plan's
/// question like any other: the weekday rhythm already carries most of what the planned type would tell it.
/// </summary>
public sealed class RecentPacePredictor : INextRunPacePredictor
{
    public const int MinSameWeekday = 3;
    public const int SameWeekdayCount = 6;
    public const int RecentCount = 10;
    private static readonly TimeSpan Window = TimeSpan.FromDays(56);

    public PacePrediction Predict(IReadOnlyList<Run> history, DateTime slotLocal, PlanCondition? planned = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        var past = history
            .Where(run => run.WallClockStart() < slotLocal && run.Distance >= RecentRunsBaseline.ShortestCounted && run.MovingTime.TotalSeconds > 0)
            .OrderBy(run => run.WallClockStart())
            .ToList();
        if (past.Count == 0)
        {
            throw new ArgumentException("No run of at least 2 km before the slot: nothing to predict a pace from.", nameof(history));
        }

        var sameWeekday = past
            .Where(run => run.WallClockStart() >= slotLocal - Window && run.WallClockStart().DayOfWeek == slotLocal.DayOfWeek)
            .TakeLast(SameWeekdayCount)
            .ToList();
        var (sample, method) = sameWeekday.Count >= MinSameWeekday
            ? (sameWeekday, string.Create(CultureInfo.InvariantCulture, $"median of the last {sameWeekday.Count} {slotLocal.DayOfWeek} runs"))
            : (past.TakeLast(RecentCount).ToList(), string.Create(CultureInfo.InvariantCulture, $"median of the last {Math.Min(RecentCount, past.Count)} runs"));
        var paces = sample.Select(run => run.Pace.SecondsPerMeter).Order().ToList();
        var median = Quantiles.Of(paces, 0.5);

        // One run has no spread; a few percent either side keeps the range honest about that.
        var fast = Math.Min(Quantiles.Of(paces, 0.2), median * 0.97);
        var slow = Math.Max(Quantiles.Of(paces, 0.8), median * 1.03);
        return new PacePrediction(Pace.FromSecondsPerMeter(median), Pace.FromSecondsPerMeter(fast), Pace.FromSecondsPerMeter(slow), method);
    }
}
