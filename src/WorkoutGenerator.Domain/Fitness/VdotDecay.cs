namespace WorkoutGenerator.Domain.Fitness;

/// <summary>
/// How much of a race's VDOT is still there at a later date. Two stated parts:
/// <list type="bullet">
/// <item>Breaks: Daniels' Running Formula (3rd ed., "adjustments to VDOT after time off", the column without cross
/// training) keeps all of it for a break of up to 5 days and about 99.4% after a week, 97.3% after two, 93.6%
/// after four, 87% after eight; beyond ten weeks Daniels treats the runner as starting over (80%). The longest
/// break since the race counts, the days in between interpolated linearly.</item>
/// <item>Age: a loss per week of the race's age, capped at <see cref="MaxAgeLoss"/>. Calibrated on the pre-training
/// corpus runners it is 0 (<see cref="AgeLossPerWeek"/>; docs/race-prediction.md): what an old race says is already
/// weighed down by its recency weight in the estimate's level, and a loss on top made every distance worse.</item>
/// </list>
/// </summary>
public static class VdotDecay
{
    /// <summary>Daniels' table: break length (days) and the fraction of VDOT kept.</summary>
    private static readonly (int Days, double Kept)[] Breaks =
    [
        (5, 1.000), (6, 0.997), (7, 0.994), (10, 0.985), (14, 0.973), (21, 0.955), (28, 0.936),
        (35, 0.919), (42, 0.903), (49, 0.888), (56, 0.873), (63, 0.859), (70, 0.846), (72, 0.800),
    ];

    public const double AgeLossPerWeek = 0.0;
    public const double MaxAgeLoss = 0.08;

    /// <summary>The fraction of VDOT kept after a break of <paramref name="days"/> without running.</summary>
    public static double AfterBreak(int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (days <= Breaks[0].Days)
        {
            return 1.0;
        }

        for (var i = 1; i < Breaks.Length; i++)
        {
            if (days <= Breaks[i].Days)
            {
                var (d0, k0) = Breaks[i - 1];
                var (d1, k1) = Breaks[i];
                return k0 + ((k1 - k0) * (days - d0) / (d1 - d0));
            }
        }

        return Breaks[^1].Kept;
    }

    /// <summary>The fraction kept for age alone, <paramref name="weeks"/> after the race.</summary>
    public static double ForAge(double weeks)
    {
        if (!double.IsFinite(weeks) || weeks < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(weeks), weeks, "An age must be a finite, non-negative number of weeks.");
        }

        return 1 - Math.Min(MaxAgeLoss, AgeLossPerWeek * weeks);
    }
}
