using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Fitness;

/// <summary>
/// How far off the goal's method has been: <see cref="Fraction"/> is the 80th percentile of its absolute error on
/// the runner's own past races (<see cref="OwnRaces"/>, <see cref="Races"/> of them, each predicted 4 weeks out), or
/// on the corpus runners' races where the runner has too few. <see cref="Text"/> says it ("your past 6 races: 80%
/// within 2.9%").
/// </summary>
public sealed record ErrorBand(double Fraction, int Races, bool OwnRaces, string Text);

/// <summary>
/// The goal for a race: <see cref="Time"/> by the method chosen for this runner (<see cref="Method"/>; why in
/// <see cref="Choice"/>), the range <see cref="Fast"/>-<see cref="Slow"/> from its measured <see cref="Band"/>, and
/// the fitness estimate and forecast behind it (the paces come from <see cref="FitnessEstimate.Paces"/>).
/// </summary>
public sealed record RaceGoal(
    RaceDistance Race,
    Duration Time,
    Duration Fast,
    Duration Slow,
    string Method,
    string Choice,
    ErrorBand Band,
    FitnessEstimate Fitness,
    RaceForecast Forecast)
{
    public Pace Pace => Pace.Of(Race.Distance(), Time);
}
