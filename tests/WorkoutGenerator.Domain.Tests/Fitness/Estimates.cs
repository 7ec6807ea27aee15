using WorkoutGenerator.Domain.Fitness;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Tests.Fitness;

/// <summary>Fitness estimates built by hand, for the forecast tests.</summary>
internal static class Estimates
{
    public static readonly DateOnly Day = new(2025, 6, 1);

    public static TrainingSummary Training(double weekly26 = 50, double longRunPoints = 1) => new(
        Day, Distance.FromKilometers(weekly26), Distance.FromKilometers(weekly26), Pace.FromSecondsPerKilometer(330),
        Distance.FromKilometers(30), 2, longRunPoints, 0);

    public static FitnessEstimate At(double vdot, TrainingSummary? training = null)
    {
        var basis = new FitnessEvidence(EvidenceKind.Race, Day, Distance.FromKilometers(10), Duration.FromMinutes(40), vdot, 1.0, "test");
        return new FitnessEstimate(Day, vdot, basis, [basis], training ?? Training(), "test");
    }
}
