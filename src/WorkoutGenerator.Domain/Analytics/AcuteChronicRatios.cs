using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Domain.Analytics;

/// <summary>
/// The acute:chronic workload ratio per training week: the week's distance over the weekly average of the
/// 4 weeks ending with it (the "coupled" rolling average of Gabbett 2016, "The training-injury prevention paradox",
/// Br J Sports Med 50:273; Hulin et al. 2016). Shown as information only, never a gate: Impellizzeri et al. 2020
/// criticise the ratio (coupling, spurious correlation) and Frandsen et al. 2025 found no protective threshold in
/// runners.
/// </summary>
public static class AcuteChronicRatios
{
    /// <summary>The weeks averaged into the chronic load, the acute week included.</summary>
    public const int ChronicWeeks = 4;

    /// <summary>
    /// One ratio per week of <paramref name="weeks"/> (consecutive, as <see cref="WeeklyVolumes.Compute"/> gives
    /// them): null until <see cref="ChronicWeeks"/> weeks of history exist, and when the chronic load is zero.
    /// </summary>
    public static IReadOnlyList<double?> Weekly(IReadOnlyList<WeekVolume> weeks)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        var ratios = new double?[weeks.Count];
        for (var i = ChronicWeeks - 1; i < weeks.Count; i++)
        {
            var chronic = 0.0;
            for (var back = 0; back < ChronicWeeks; back++)
            {
                chronic += weeks[i - back].Distance.Meters;
            }

            chronic /= ChronicWeeks;
            ratios[i] = chronic > 0 ? weeks[i].Distance.Meters / chronic : null;
        }

        return ratios;
    }

    /// <summary><paramref name="weeks"/> (consecutive) each with its ratio (<see cref="Weekly"/>).</summary>
    public static IReadOnlyList<WeekVolume> With(IReadOnlyList<WeekVolume> weeks)
    {
        var ratios = Weekly(weeks);
        return weeks.Select((week, i) => week with { AcuteChronicRatio = ratios[i] }).ToList();
    }
}
