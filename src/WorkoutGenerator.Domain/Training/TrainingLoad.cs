using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Training;

/// <summary>
/// The runner's volume just before a slot, over windows ending at the slot (runs at or after it are unseen).
/// <see cref="WeeklyBase"/> is the weekly mileage a prescription is a share of: the last 7 days, unless that week
/// fell below <see cref="TrainingOptions.BreakRatio"/> of the 4-week average (a break, an illness, a holiday), in
/// which case the 4-week average (or the 6-week one when that is larger) so the prescription does not collapse.
/// </summary>
public sealed record TrainingLoad(
    Distance LastSevenDays,
    Distance FourWeekAverage,
    Distance SixWeekAverage,
    Distance? LongestLast30Days,
    Distance WeeklyBase,
    string? BaseReason)
{
    /// <summary>
    /// Acute:chronic workload ratio, 7-day distance over the 28-day weekly average. Information only, never a gate:
    /// Impellizzeri et al. 2020 criticise it, Frandsen et al. 2025 found an inverse association with injury.
    /// </summary>
    public double? AcuteChronicRatio => FourWeekAverage.Meters > 0 ? LastSevenDays / FourWeekAverage : null;

    public static TrainingLoad At(IReadOnlyList<Run> history, DateTime slotLocal, TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);
        var last7 = SumSince(history, slotLocal, 7);
        var avg4 = SumSince(history, slotLocal, 28) * 0.25;
        var avg6 = SumSince(history, slotLocal, 42) * (1.0 / 6.0);
        var in30 = history.Where(run => InWindow(run, slotLocal, 30)).ToList();
        Distance? longest = in30.Count > 0 ? in30.Max(run => run.Distance) : null;

        var longer = Distance.Max(avg4, avg6);
        if (last7.Meters < options.BreakRatio * avg4.Meters || (last7.Meters == 0 && longer.Meters > 0))
        {
            var reason = UnitText.Of(
                $"Last 7 days ({last7}) below {options.BreakRatio * 100:0}% of the 4-week average ({avg4}): weekly base taken from the longer window ({longer}).");
            return new TrainingLoad(last7, avg4, avg6, longest, longer, reason);
        }

        return new TrainingLoad(last7, avg4, avg6, longest, last7, null);
    }

    private static bool InWindow(Run run, DateTime slotLocal, int days)
    {
        var start = run.WallClockStart();
        return start < slotLocal && start >= slotLocal.AddDays(-days);
    }

    private static Distance SumSince(IReadOnlyList<Run> history, DateTime slotLocal, int days) =>
        history.Where(run => InWindow(run, slotLocal, days)).Aggregate(Distance.Zero, (sum, run) => sum + run.Distance);
}
