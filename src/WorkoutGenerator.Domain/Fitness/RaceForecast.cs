using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Fitness;

/// <summary>
/// A predicted race: <see cref="Time"/> (and its <see cref="Pace"/>) with a range (<see cref="Fast"/> to
/// <see cref="Slow"/>, the 10th to 90th percentile of the errors measured on the corpus runners' races), the VDOT it
/// came from, the marathon's readiness (0-1, null for other distances) and how it was made (<see cref="Method"/>).
/// </summary>
public sealed record RaceForecast(
    RaceDistance Race,
    Duration Time,
    Duration Fast,
    Duration Slow,
    double Vdot,
    double? MarathonReadiness,
    string Method)
{
    public Pace Pace => Pace.Of(Race.Distance(), Time);
}
