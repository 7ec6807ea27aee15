using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Fitness;

/// <summary>
/// One fitness estimate from all the evidence a history holds before a date (never the date itself or later):
/// <list type="bullet">
/// <item>every race of any age (3 km or more, 3.5 min to 5 h: the range Daniels &amp; Gilbert's curve was fitted on),
/// its VDOT decayed for age and for the longest break since (<see cref="VdotDecay"/>);</item>
/// <item>the best run of the last year not marked as a race, at <see cref="FitnessCalibration.EffortShare"/> of its VDOT
/// and decayed the same way: an unmarked race or a hard time trial is race-level evidence;</item>
/// <item>training: Tanda's marathon time from the 8 weeks' volume and mean pace, read as a VDOT, the floor.</item>
/// </list>
/// The effective VDOT is the level the runner races at (<see cref="FitnessCalibration.LevelQuantile"/> of the races and
/// the effort, recent ones weighing most), never under the training floor.
/// </summary>
public static class FitnessEstimator
{
    public const int EffortWeeks = 52;

    /// <summary>Shorter runs say more about speed than about the endurance races ask.</summary>
    public static readonly Distance MinimumDistance = Distance.FromKilometers(3);

    private const int EvidenceShown = 8;

    /// <summary>Null when there is no run before <paramref name="asOf"/>.</summary>
    public static FitnessEstimate? Estimate(IReadOnlyList<Run> history, DateOnly asOf, FitnessCalibration? calibration = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        var cal = calibration ?? FitnessCalibration.Default;
        var runs = history
            .Where(run => !PlannedRun.IsPlanned(run) && run.MovingTime.TotalSeconds > 0 && run.Distance.Meters > 0)
            .Select(run => (Day: DateOnly.FromDateTime(run.WallClockStart()), Run: run))
            .Where(x => x.Day < asOf)
            .OrderBy(x => x.Day)
            .ToList();
        if (runs.Count == 0)
        {
            return null;
        }

        var training = TrainingSummary.Of(runs.Select(x => x.Run).ToList(), asOf);
        var breaks = BreaksSince.Of(runs.Select(x => x.Day).ToList(), asOf);
        var minimum = Distance.FromKilometers(cal.MinimumEvidenceKilometers);
        var eligible = runs
            .Where(x => x.Run.Distance >= minimum && x.Run.MovingTime >= Vdot.ShortestEffort && x.Run.MovingTime <= Vdot.LongestEffort)
            .ToList();
        var pool = eligible
            .Where(x => IsRace(x.Run))
            .Select(x => Decayed(EvidenceKind.Race, x.Day, x.Run, asOf, breaks.After(x.Day), 1.0, cal))
            .ToList();
        var efforts = eligible.Where(x => !IsRace(x.Run) && x.Day >= asOf.AddDays(-7 * EffortWeeks)).ToList();
        if (efforts.Count > 0)
        {
            var (day, run) = efforts.MaxBy(x => Vdot.Of(x.Run.Distance, x.Run.MovingTime));
            pool.Add(Decayed(EvidenceKind.Effort, day, run, asOf, breaks.After(day), cal.EffortShare, cal));
        }

        FitnessEvidence? floor = null;
        if (training.TandaTime is { } tanda)
        {
            var marathon = RaceKind.Marathon.Distance();
            floor = new FitnessEvidence(
                EvidenceKind.Training, asOf, marathon, tanda, Vdot.Of(marathon, tanda), cal.TrainingShare,
                UnitText.Of($"training: {training.WeeklyVolume8:0} a week over 8 weeks at {training.MeanPace8} on average, Tanda 2011 -> marathon {tanda.Format()}"));
        }

        var level = Level(pool, asOf, cal, null);
        var basis = level is not null && (floor is null || level.Vdot >= floor.Vdot) ? level : floor;
        if (basis is null)
        {
            return null;
        }

        var ranked = pool.Append(floor).OfType<FitnessEvidence>().OrderByDescending(e => e.Vdot).ToList();
        var how = pool.Count > 1 && cal.LevelQuantile < 1
            ? FormattableString.Invariant($"the level you race at (the {cal.LevelQuantile * 100:0}th percentile of {pool.Count} races and efforts, recent ones weighing most)")
            : "the strongest evidence";
        var method = FormattableString.Invariant($"VDOT {basis.Vdot:0.0}, {(basis.Kind == EvidenceKind.Training ? "the training floor" : how)} before {asOf:yyyy-MM-dd}: {basis.Why}") +
            (ranked.FirstOrDefault(e => e != basis) is { } other ? FormattableString.Invariant($"; also {other.Why} (VDOT {other.Vdot:0.0})") : string.Empty) + ".";
        return new FitnessEstimate(asOf, basis.Vdot, basis, ranked.Take(EvidenceShown).ToList(), training, method) { Pool = pool };
    }

    /// <summary>
    /// The recency-weighted <see cref="FitnessCalibration.LevelQuantile"/> of the evidence (weights halve every
    /// <see cref="FitnessCalibration.HalfLifeWeeks"/>): the weakest piece whose share of the weight, counted from the
    /// weakest up, reaches the quantile. At 1 it is the strongest.
    /// </summary>
    /// <param name="target">A race distance to weigh the evidence toward (<see cref="FitnessCalibration.DistanceAffinity"/>); null for the distance-neutral level.</param>
    internal static FitnessEvidence? Level(IReadOnlyList<FitnessEvidence> pool, DateOnly asOf, FitnessCalibration cal, Distance? target)
    {
        if (pool.Count == 0)
        {
            return null;
        }

        var weighted = pool
            .OrderBy(e => e.Vdot)
            .Select(e => (Evidence: e, Weight: Math.Pow(0.5, (asOf.DayNumber - e.Date.DayNumber) / 7.0 / cal.HalfLifeWeeks) * Affinity(e, target, cal)))
            .ToList();
        var total = weighted.Sum(x => x.Weight);
        var cumulative = 0.0;
        foreach (var (evidence, weight) in weighted)
        {
            cumulative += weight;
            if (cumulative >= (cal.LevelQuantile * total) - 1e-12)
            {
                return evidence;
            }
        }

        return weighted[^1].Evidence;
    }

    private static double Affinity(FitnessEvidence evidence, Distance? target, FitnessCalibration cal) =>
        target is { } d ? Math.Exp(-cal.DistanceAffinity * Math.Abs(Math.Log(evidence.Distance / d))) : 1.0;

    /// <summary>A race is what the classifier or Strava's workout_type (1) says is one.</summary>
    public static bool IsRace(Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.WorkoutType == WorkoutType.Race || run.StravaWorkoutType == 1;
    }

    private static FitnessEvidence Decayed(EvidenceKind kind, DateOnly day, Run run, DateOnly asOf, int breakDays, double share, FitnessCalibration cal)
    {
        var raw = Vdot.Of(run.Distance, run.MovingTime);
        var weeks = (asOf.DayNumber - day.DayNumber) / 7.0;
        var age = 1 - Math.Min(VdotDecay.MaxAgeLoss, cal.AgeLossPerWeek * weeks);
        var rest = VdotDecay.AfterBreak(breakDays);
        var what = kind == EvidenceKind.Race ? "a race" : "an unmarked effort";
        var why = UnitText.Of($"{what} of {run.Distance:0.0} in {run.MovingTime.Format()} on {day:yyyy-MM-dd} (VDOT {raw:0.0}; {weeks:0} weeks old: {Loss(age)}; longest break since: {breakDays} days, {Loss(rest)}{(share < 1 ? FormattableString.Invariant($"; counted at {share * 100:0}%") : string.Empty)})");
        return new FitnessEvidence(kind, day, run.Distance, run.MovingTime, raw, age * rest * share, why);
    }

    // A factor that takes off less than 0.05% reads as none, never as "-0.0%".
    private static string Loss(double factor) =>
        1 - factor < 0.0005 ? "no loss" : FormattableString.Invariant($"-{(1 - factor) * 100:0.0}%");
}
