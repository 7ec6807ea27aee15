using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Fitness;

/// <summary>
/// Tanda 2011 (J Hum Sport Exerc 6(3)): marathon pace Pm (s/km) = 17.1 + 140.0 e^(-0.0053 K) + 0.55 P, with K the
/// mean weekly km and P the mean training pace (s/km) of the 8 weeks before the race (SEE about 4 min on 46
/// marathoners of 2:47-3:36).
/// </summary>
public static class Tanda
{
    public const int Weeks = 8;

    public static Pace MarathonPace(Distance weeklyVolume, Pace meanTrainingPace)
    {
        var seconds = 17.1 + (140.0 * Math.Exp(-0.0053 * weeklyVolume.Kilometers)) + (0.55 * meanTrainingPace.SecondsPerKilometer);
        return Pace.FromSecondsPerKilometer(seconds);
    }

    public static Duration MarathonTime(Distance weeklyVolume, Pace meanTrainingPace) =>
        MarathonPace(weeklyVolume, meanTrainingPace).TimeFor(RaceKind.Marathon.Distance());
}
