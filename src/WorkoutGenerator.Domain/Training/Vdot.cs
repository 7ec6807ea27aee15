using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Training;

/// <summary>
/// Daniels and Gilbert's equations (Oxygen Power, 1979; the basis of Daniels' Running Formula VDOT tables):
/// oxygen cost VO2(v) = -4.60 + 0.182258 v + 0.000104 v^2 (ml/kg/min, v in m/min), and the fraction of VO2max
/// sustainable for t minutes %max(t) = 0.8 + 0.1894393 e^(-0.012778 t) + 0.2989558 e^(-0.1932605 t).
/// VDOT = VO2(v) / %max(t) for a race of distance d in time t (v = d / t).
/// </summary>
public static class Vdot
{
    /// <summary>The curve was fitted on races of roughly 3.5 minutes to 4 hours; outside that it is not trusted.</summary>
    public static readonly Duration ShortestEffort = Duration.FromMinutes(3.5);
    public static readonly Duration LongestEffort = Duration.FromMinutes(300);

    public static double OxygenCost(double metersPerMinute) => -4.60 + (0.182258 * metersPerMinute) + (0.000104 * metersPerMinute * metersPerMinute);

    public static double FractionSustainable(double minutes) =>
        0.8 + (0.1894393 * Math.Exp(-0.012778 * minutes)) + (0.2989558 * Math.Exp(-0.1932605 * minutes));

    public static double Of(Distance distance, Duration time)
    {
        if (distance.Meters <= 0 || time.TotalSeconds <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(distance), "A VDOT needs a positive distance and time.");
        }

        var minutes = time.TotalMinutes;
        return OxygenCost(distance.Meters / minutes) / FractionSustainable(minutes);
    }

    /// <summary>
    /// The race time at <paramref name="vdot"/> over <paramref name="distance"/>, solved by bisection: VDOT of a
    /// (d, t) pair falls as t grows, so the root is bracketed between 1:40 /km and 20:00 /km.
    /// </summary>
    public static Duration RaceTime(double vdot, Distance distance)
    {
        if (!double.IsFinite(vdot) || vdot <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(vdot), vdot, "A VDOT must be a finite, positive number.");
        }

        var low = distance.Meters / 600.0;
        var high = distance.Meters / 50.0;
        for (var i = 0; i < 100; i++)
        {
            var middle = (low + high) / 2;
            if (OxygenCost(distance.Meters / middle) / FractionSustainable(middle) > vdot)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return Duration.FromMinutes((low + high) / 2);
    }

    /// <summary>The pace whose oxygen cost is <paramref name="fraction"/> of VDOT: the positive root of the cost quadratic.</summary>
    public static Pace PaceAt(double vdot, double fraction)
    {
        const double a = 0.000104;
        const double b = 0.182258;
        var c = -(4.60 + (fraction * vdot));
        var metersPerMinute = (-b + Math.Sqrt((b * b) - (4 * a * c))) / (2 * a);
        return Pace.FromSpeed(metersPerMinute / 60.0);
    }

    /// <summary>The VDOT whose threshold pace (<see cref="TrainingPaces.ThresholdFraction"/> of VO2max) is <paramref name="pace"/>.</summary>
    public static double FromThresholdPace(Pace pace) => OxygenCost(pace.MetersPerSecond * 60.0) / TrainingPaces.ThresholdFraction;
}
