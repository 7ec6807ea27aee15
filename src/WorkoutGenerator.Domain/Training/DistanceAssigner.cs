using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Training;

/// <summary>
/// Turns a predicted pace into a distance. The rule (documented in issue 4):
/// <list type="number">
/// <item>p = (predicted - fast) / (easy - fast) clamped to [0, 1], on the runner's own scale (<see cref="PaceProfile"/>).</item>
/// <item>share(p) = 0.11 + 0.17 * p^1.5 of the weekly base: a quick day ~11% of the week, a middling one ~17%
/// (one run of six), the slowest ~28% (a long run within Daniels' 25-30%). The power keeps most of the range
/// for the slow end, where the long run lives.</item>
/// <item>raw = share(p) * weekly base (<see cref="TrainingLoad.WeeklyBase"/>).</item>
/// <item>caps, in this order, each a min() or max() with a limit that does not depend on the pace, so every step is
/// non-decreasing and the whole rule stays monotone: slower is never shorter.</item>
/// </list>
/// </summary>
public static class DistanceAssigner
{
    public const double MinShare = 0.11;
    public const double MaxShare = 0.28;
    public const double ShareExponent = 1.5;
    private const double RoundingMeters = 100;

    /// <summary>Pfitzinger &amp; Douglas: recovery runs of 6-10 km.</summary>
    public static readonly Distance RecoveryMost = Distance.FromKilometers(10);

    public static double ShareOf(double position)
    {
        if (!double.IsFinite(position))
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, "A position must be a finite number.");
        }

        return MinShare + ((MaxShare - MinShare) * Math.Pow(Math.Clamp(position, 0, 1), ShareExponent));
    }

    /// <summary>The distance for a run at <paramref name="position"/> on the runner's scale, a share of the weekly base, capped.</summary>
    public static DistancePrescription Assign(double position, DistanceLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return ApplyCaps(limits.WeeklyBase * ShareOf(position), limits);
    }

    /// <summary>Applies the safety caps to any raw distance; non-decreasing in <paramref name="raw"/>.</summary>
    public static DistancePrescription ApplyCaps(Distance raw, DistanceLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var options = limits.Options;
        var caps = new List<string>();
        var reasons = new List<string>();
        var value = raw;

        void CapAt(Distance limit, string name, string why)
        {
            if (value > limit)
            {
                value = limit;
                caps.Add(name);
                reasons.Add(why);
            }
        }

        var shareLimit = limits.WeeklyBase * options.MaxLongRunShare;
        CapAt(shareLimit, "30% of week", Text($"Capped at {shareLimit}: at most {options.MaxLongRunShare * 100:0}% of the weekly volume ({limits.WeeklyBase}) in one run (Daniels' Running Formula)."));
        if (limits.Recovery)
        {
            // Pfitzinger & Douglas: recovery runs of 6-10 km, however big the week.
            var recoveryLimit = Distance.Min(limits.WeeklyBase * options.MaxRecoveryShare, RecoveryMost);
            CapAt(recoveryLimit, "recovery", Text($"Capped at {recoveryLimit}: a recovery run after a hard day is at most {options.MaxRecoveryShare * 100:0}% of the week and {RecoveryMost} (Pfitzinger & Douglas)."));
        }

        var timeLimit = limits.EasyPace.DistanceIn(options.MaxLongRunDuration);
        CapAt(timeLimit, "time", Text($"Capped at {timeLimit}: at most {options.MaxLongRunDuration.Format()} at your easy pace ({limits.EasyPace}) (Daniels' Running Formula)."));
        if (limits.Budget is { } budget)
        {
            CapAt(budget, "week budget", Text($"Capped at {budget}: what is left of this week's planned volume."));
        }

        if (limits.LongestLast30Days is { } longest)
        {
            var spikeLimit = longest * (1 + options.MaxIncreaseOverLongest30Days);
            CapAt(spikeLimit, "longest +10%", Text($"Capped at {spikeLimit}: at most {options.MaxIncreaseOverLongest30Days * 100:0}% longer than the longest run of the last 30 days ({longest}) (Frandsen et al. 2025)."));
        }
        else
        {
            CapAt(Distance.Zero, "no run in 30 days", "No run in the last 30 days: restart at the shortest prescribed distance (Frandsen et al. 2025: a spike over the 30-day longest raises injury risk).");
        }

        value = Distance.FromMeters(Math.Floor(value.Meters / RoundingMeters) * RoundingMeters);
        if (value < options.MinRunDistance)
        {
            value = options.MinRunDistance;
            caps.Add("floor");
            reasons.Add(Text($"Raised to {options.MinRunDistance}: no run is prescribed shorter than that."));
        }

        return new DistancePrescription(value, raw, caps, reasons);
    }

    // Quantities as unit-neutral tokens: the runner reads them in the unit they chose (UnitText.Render at the edge).
    private static string Text(FormattableString text) => UnitText.Of(text);
}
