using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Training;

/// <summary>
/// Race-time prediction from the runner's best recent effort.
/// <list type="bullet">
/// <item>Riegel (1981): T2 = T1 * (D2 / D1)^1.06.</item>
/// <item>Daniels' VDOT: the effort's VDOT (<see cref="Vdot.Of"/>), then the race time at that VDOT (<see cref="Vdot.RaceTime"/>).</item>
/// </list>
/// Vickers and Vertosick (2016, N = 2,303) found Riegel too optimistic for the marathon from a half or shorter, so
/// a marathon prediction from an effort under 30 km flags Riegel as optimistic, and the goal is always the slower
/// (more conservative) of the two. The basis is the effort with the highest VDOT among races when there is one,
/// else among fast training runs (which underestimate the runner, so the goal errs slow).
/// </summary>
public static class RacePredictor
{
    public const double RiegelExponent = 1.06;
    private static readonly Distance RiegelMarathonTrust = Distance.FromKilometers(30);

    /// <summary>Null when there is no usable effort.</summary>
    public static RacePrediction? Predict(IReadOnlyList<Effort> efforts, RaceKind race)
    {
        ArgumentNullException.ThrowIfNull(efforts);
        var usable = efforts.Where(e => e.Time >= Vdot.ShortestEffort && e.Time <= Vdot.LongestEffort && e.Distance.Meters > 0).ToList();
        var pool = usable.Any(e => e.IsRace) ? usable.Where(e => e.IsRace).ToList() : usable;
        if (pool.Count == 0)
        {
            return null;
        }

        var basis = pool.MaxBy(e => Vdot.Of(e.Distance, e.Time))!;
        var vdot = Vdot.Of(basis.Distance, basis.Time);
        var target = race.Distance();
        var daniels = Vdot.RaceTime(vdot, target);
        var riegel = basis.Time * Math.Pow(target / basis.Distance, RiegelExponent);
        var optimistic = race == RaceKind.Marathon && basis.Distance < RiegelMarathonTrust;
        var goal = daniels >= riegel ? daniels : riegel;
        var method =
            UnitText.Of($"from {(basis.IsRace ? "a race" : "a fast training run")} of {basis.Distance} in {basis.Time.Format()} on {basis.Date:yyyy-MM-dd}: ") +
            FormattableString.Invariant($"Daniels VDOT {vdot:0.0} -> {daniels.Format()}; Riegel (x^{RiegelExponent}) -> {riegel.Format()}") +
            (optimistic ? " (optimistic for the marathon from shorter races, Vickers & Vertosick 2016)" : string.Empty) +
            FormattableString.Invariant($"; goal = the slower, {(goal == daniels ? "Daniels" : "Riegel")}.");
        return new RacePrediction(race, goal, Pace.Of(target, goal), vdot, daniels, riegel, optimistic, basis, method);
    }
}
