using WorkoutGenerator.Domain.Training;
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

    /// <summary>
    /// The goal as a plan stores it: the goal time and pace, Daniels' and Riegel's times from the same evidence, and a
    /// method line that gives the range, the measured band, the chosen method and why, the forecast and the estimate.
    /// </summary>
    public RacePrediction ToRacePrediction()
    {
        var kind = Race.ToRaceKind();
        var basis = Fitness.Basis;
        var riegel = RaceMethods.RiegelMethod.Of(basis.Distance, basis.Time, Race.Distance());
        var method = UnitText.Of($"goal {Time.Format()} ({Fast.Format()}-{Slow.Format()}; {Band.Text}) by {Choice}. ") + Forecast.Method + " " + Fitness.Method;
        return new RacePrediction(
            kind,
            Time,
            Pace,
            Forecast.Vdot,
            Vdot.RaceTime(Forecast.Vdot, Race.Distance()),
            riegel,
            kind == RaceKind.Marathon && basis.Distance < Distance.FromKilometers(30),
            new Effort(basis.Distance, basis.Time, basis.Date, basis.Kind == EvidenceKind.Race),
            method,
            Race == RaceDistance.Marathon ? Fitness.Training.TandaTime : null);
    }
}
