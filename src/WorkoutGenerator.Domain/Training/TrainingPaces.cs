using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Training;

/// <summary>
/// Daniels' training paces for a VDOT, each the pace whose oxygen cost is a fraction of VDOT. The fractions are
/// Daniels' %VO2max zones, chosen so the Daniels-Gilbert equations give about the VDOT 50 row of his tables
/// (E 5:07-5:38, T 4:15, I 3:55, R 3:42 /km): easy 62-70%, threshold 86-90% (target 88%), interval 95-100%
/// (target 97.5%), repetition 102-107% (target 104.5%). Marathon pace is the VDOT's marathon race pace, +-2%.
/// </summary>
public sealed record TrainingPaces(double Vdot, PaceRange Easy, PaceRange Marathon, PaceRange Threshold, PaceRange Interval, PaceRange Repetition)
{
    public const double ThresholdFraction = 0.88;

    public static TrainingPaces FromVdot(double vdot)
    {
        if (!double.IsFinite(vdot) || vdot < 10 || vdot > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(vdot), vdot, "A VDOT must lie between 10 and 100.");
        }

        var marathon = Pace.Of(RaceKindExtensions.MarathonDistance, Training.Vdot.RaceTime(vdot, RaceKindExtensions.MarathonDistance));
        return new TrainingPaces(
            vdot,
            Range(vdot, 0.70, 0.62),
            new PaceRange(Pace.FromSecondsPerMeter(marathon.SecondsPerMeter * 0.98), Pace.FromSecondsPerMeter(marathon.SecondsPerMeter * 1.02)),
            Range(vdot, 0.90, 0.86),
            Range(vdot, 1.00, 0.95),
            Range(vdot, 1.07, 1.02));
    }

    public PaceRange For(TrainingIntensity intensity) => intensity switch
    {
        TrainingIntensity.Easy => Easy,
        TrainingIntensity.Marathon => Marathon,
        TrainingIntensity.Threshold => Threshold,
        TrainingIntensity.Interval => Interval,
        TrainingIntensity.Repetition => Repetition,
        _ => throw new ArgumentOutOfRangeException(nameof(intensity), intensity, "Unknown intensity."),
    };

    private static PaceRange Range(double vdot, double fastFraction, double slowFraction) =>
        new(Training.Vdot.PaceAt(vdot, fastFraction), Training.Vdot.PaceAt(vdot, slowFraction));
}
