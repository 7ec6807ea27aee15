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
/// <item>runs of the last year not marked as races, at <see cref="FitnessCalibration.EffortShare"/> of their VDOT
/// and decayed the same way: an unmarked race or a hard time trial is race-level evidence; an easy run never wins;</item>
/// <item>training: Tanda's marathon time from the 8 weeks' volume and mean pace, read as a VDOT, the floor.</item>
/// </list>
/// The effective VDOT is the strongest evidence as it stands at the date: a VDOT is what the runner can do, so any
/// race or effort shows at least that much fitness, less what age and breaks took since.
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
        var evidence = new List<FitnessEvidence>();
        var eligible = runs
            .Where(x => x.Run.Distance >= MinimumDistance && x.Run.MovingTime >= Vdot.ShortestEffort && x.Run.MovingTime <= Vdot.LongestEffort)
            .ToList();
        foreach (var (day, run) in eligible.Where(x => IsRace(x.Run)))
        {
            evidence.Add(Decayed(EvidenceKind.Race, day, run, asOf, breaks.After(day), 1.0, cal));
        }

        var efforts = eligible
            .Where(x => !IsRace(x.Run) && x.Day >= asOf.AddDays(-7 * EffortWeeks))
            .Select(x => (x.Day, x.Run, Raw: Vdot.Of(x.Run.Distance, x.Run.MovingTime)))
            .OrderByDescending(x => x.Raw)
            .ToList();
        foreach (var (day, run, _) in efforts.Take(EvidenceShown))
        {
            evidence.Add(Decayed(EvidenceKind.Effort, day, run, asOf, breaks.After(day), cal.EffortShare, cal));
        }

        if (training.TandaTime is { } tanda)
        {
            var marathon = RaceKind.Marathon.Distance();
            evidence.Add(new FitnessEvidence(
                EvidenceKind.Training, asOf, marathon, tanda, Vdot.Of(marathon, tanda), cal.TrainingShare,
                UnitText.Of($"training: {training.WeeklyVolume8} a week over 8 weeks at {training.MeanPace8} on average, Tanda 2011 -> marathon {tanda.Format()}")));
        }

        var ranked = evidence.OrderByDescending(e => e.Vdot).ToList();
        if (ranked.Count == 0)
        {
            return null;
        }

        var basis = ranked[0];
        var method = FormattableString.Invariant($"VDOT {basis.Vdot:0.0}, the strongest evidence before {asOf:yyyy-MM-dd}: {basis.Why}") +
            (ranked.Count > 1 ? FormattableString.Invariant($"; next: {ranked[1].Why} (VDOT {ranked[1].Vdot:0.0})") : string.Empty) + ".";
        return new FitnessEstimate(asOf, basis.Vdot, basis, ranked.Take(EvidenceShown).ToList(), training, method);
    }

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
        var why = UnitText.Of($"{what} of {run.Distance} in {run.MovingTime.Format()} on {day:yyyy-MM-dd} (VDOT {raw:0.0}; {weeks:0} weeks old: -{(1 - age) * 100:0.0}%; longest break since {breakDays} days: -{(1 - rest) * 100:0.0}%{(share < 1 ? FormattableString.Invariant($"; counted at {share * 100:0}%") : string.Empty)})");
        return new FitnessEvidence(kind, day, run.Distance, run.MovingTime, raw, age * rest * share, why);
    }
}
