using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Training;

/// <summary>
/// The runner's own pace scale just before a slot: <see cref="Fast"/> is the 15th percentile of their run paces
/// (their quick days, between p10 and p20) and <see cref="Easy"/> the 80th (their easy days, between p70 and p90),
/// over the last 8 weeks, or the last 6 months when 8 weeks hold fewer than <see cref="MinRuns"/> runs. Runs
/// under 2 km are left out as warm-ups and GPS fragments (the same rule as the workout classifier's baseline).
/// </summary>
public sealed record PaceProfile(Pace Fast, Pace Easy, int RunsCounted)
{
    public const int MinRuns = 5;
    public const double FastQuantile = 0.15;
    public const double EasyQuantile = 0.80;

    /// <summary>Null when the runner has no qualifying run before the slot.</summary>
    public static PaceProfile? At(IReadOnlyList<Run> history, DateTime slotLocal)
    {
        ArgumentNullException.ThrowIfNull(history);
        var past = history
            .Where(run => run.WallClockStart() < slotLocal && run.Distance >= RecentRunsBaseline.ShortestCounted && run.MovingTime.TotalSeconds > 0)
            .ToList();
        var recent = past.Where(run => run.WallClockStart() >= slotLocal.AddDays(-56)).ToList();
        if (recent.Count < MinRuns)
        {
            recent = past.Where(run => run.WallClockStart() >= slotLocal.AddDays(-183)).ToList();
        }

        if (recent.Count == 0)
        {
            recent = past.OrderBy(run => run.WallClockStart()).TakeLast(MinRuns).ToList();
        }

        if (recent.Count == 0)
        {
            return null;
        }

        var paces = recent.Select(run => run.Pace.SecondsPerMeter).Order().ToList();
        var fast = Quantiles.Of(paces, FastQuantile);
        var easy = Quantiles.Of(paces, EasyQuantile);

        // A runner who runs every run at one pace still needs a scale to place a prediction on: +-5%.
        if (easy < fast * 1.02)
        {
            var middle = (fast + easy) / 2;
            fast = middle * 0.95;
            easy = middle * 1.05;
        }

        return new PaceProfile(Pace.FromSecondsPerMeter(fast), Pace.FromSecondsPerMeter(easy), recent.Count);
    }

    /// <summary>
    /// Where <paramref name="pace"/> sits on the runner's scale: p = (pace - fast) / (easy - fast), clamped to
    /// [0, 1]; 0 is their quick end, 1 their easy end. Non-decreasing in pace (slower never lower).
    /// </summary>
    public double PositionOf(Pace pace) =>
        Math.Clamp((pace.SecondsPerMeter - Fast.SecondsPerMeter) / (Easy.SecondsPerMeter - Fast.SecondsPerMeter), 0.0, 1.0);
}
