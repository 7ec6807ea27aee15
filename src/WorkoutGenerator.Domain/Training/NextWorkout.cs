using WorkoutGenerator.Domain.Planning.Coaching;
using WorkoutGenerator.Domain.Planning.Stages;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Training;

/// <summary>
/// The main job: what to run at a slot. Predicted pace -> position on the runner's scale -> share of the weekly
/// base -> caps (<see cref="DistanceAssigner"/>), type from position and the days before
/// (<see cref="WorkoutTypeChooser"/>), structure and quality paces from Daniels' relations (<see cref="TrainingPaces"/>),
/// steady paces from the runner's own runs of that kind (<see cref="PaceBands"/>).
/// </summary>
public static class NextWorkout
{
    public static Workout Prescribe(
        IReadOnlyList<Run> history, DateTime slotLocal, INextRunPacePredictor predictor, TrainingOptions? options = null, TrainingPaces? paces = null)
    {
        ArgumentNullException.ThrowIfNull(predictor);
        return Prescribe(history, slotLocal, predictor.Predict(history, slotLocal), options, paces);
    }

    /// <summary>
    /// As above with the prediction given. Without <paramref name="paces"/> the quality paces come from the runner's
    /// fitness estimate (<see cref="Fitness.FitnessEstimator"/>), else from the VDOT whose threshold pace is the
    /// predicted pace (Daniels' relations between T, I and E paces).
    /// </summary>
    /// <exception cref="ArgumentException">The history holds no run of 2 km or more before the slot.</exception>
    public static Workout Prescribe(
        IReadOnlyList<Run> history, DateTime slotLocal, PacePrediction prediction, TrainingOptions? options = null, TrainingPaces? paces = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(prediction);
        options ??= TrainingOptions.Default;
        var profile = PaceProfile.At(history, slotLocal)
            ?? throw new ArgumentException("No run of at least 2 km before the slot: import runs first.", nameof(history));
        var load = TrainingLoad.At(history, slotLocal, options);
        var position = profile.PositionOf(prediction.Predicted);
        var type = WorkoutTypeChooser.Choose(position, history, slotLocal);
        var limits = new DistanceLimits(load.WeeklyBase, profile.Easy, load.LongestLast30Days, options, Recovery: type == WorkoutType.Recovery);
        var prescription = DistanceAssigner.Assign(position, limits);
        var typeReason = TypeReason(type, position);

        // Pfitzinger & Douglas: a long run continues from the runner's own long runs. A slow day whose share of a
        // light week comes out under three quarters of their usual long run is an easy run, not a long one. The
        // distance stays the same, so it stays monotone in the predicted pace.
        var usualLong = RunnerBase.Of(history, DateOnly.FromDateTime(slotLocal)).RecentWeeklyLongest;
        if (type == WorkoutType.Long && prescription.Distance < usualLong * WorkoutTypeChooser.LongShareOfUsualLong)
        {
            type = WorkoutType.Easy;
            typeReason = UnitText.Of($"Easy: the predicted pace is at the easy end of your range (position {position:0.00}), but {prescription.Distance} is under {WorkoutTypeChooser.LongShareOfUsualLong * 100:0}% of your usual long run ({usualLong}, the mean of the last 4 weeks' longest runs): an easy run, not a long one (Pfitzinger & Douglas).");
        }

        // A run called long stands out from the runner's own runs: at least a fifth longer than their usual run of
        // the last 4 weeks (labels never mislead: no "Long 3.0 km").
        var usualRun = UsualRun(history, slotLocal);
        if (type == WorkoutType.Long && prescription.Distance < usualRun * 1.2)
        {
            type = WorkoutType.Easy;
            typeReason = UnitText.Of($"Easy: the predicted pace is at the easy end of your range (position {position:0.00}), but {prescription.Distance} is no longer than your usual run ({usualRun}): an easy run, not a long one.");
        }

        // Daniels: about one easy day per 3 km raced after a race of 10 km or more: no session, no long run, and no
        // longer than the runner's usual run (Pfitzinger & Douglas' recovery weeks).
        var day = DateOnly.FromDateTime(slotLocal);
        if (RaceRecovery.Of(history, day) is { } recovery && recovery.Owes(day))
        {
            var capped = Distance.Max(Distance.Min(prescription.Distance, usualRun), options.MinRunDistance);
            if (type is not (WorkoutType.Easy or WorkoutType.Recovery) || capped < prescription.Distance)
            {
                type = day == recovery.RaceDate.AddDays(1) ? WorkoutType.Recovery : WorkoutType.Easy;
                prescription = prescription with { Distance = capped };
                typeReason = UnitText.Of($"{type}: recovery after the {recovery.Raced} race on {recovery.RaceDate:yyyy-MM-dd}, easy days until {recovery.OwedUntil:yyyy-MM-dd} (Daniels: about one easy day per {RaceRecovery.PerEasyDay} raced), at most your usual run ({usualRun}).");
            }
        }

        // Quality paces from the runner's one fitness estimate, the same a plan's sessions use (one answer per day);
        // without any evidence, from the VDOT whose threshold pace is the predicted pace.
        paces ??= Fitness.FitnessEstimator.Estimate(history, day)?.Paces ?? TrainingPaces.FromVdot(Math.Clamp(Vdot.FromThresholdPace(prediction.Predicted), 20, 85));
        var leading = new List<string>();
        if (load.BaseReason is { } baseReason)
        {
            leading.Add(baseReason);
        }

        leading.Add(typeReason);
        var bands = PaceBands.Of(history, DateOnly.FromDateTime(slotLocal));
        return WorkoutFactory.Create(slotLocal, type, prediction, prescription, paces, load, load.WeeklyBase, options, leading, bands: bands);
    }

    /// <summary>The median run of the 28 days before the slot (2 km and more), or the shortest prescribed distance twice.</summary>
    private static Distance UsualRun(IReadOnlyList<Run> history, DateTime slotLocal)
    {
        var runs = history.Where(run => run.WallClockStart() < slotLocal && run.WallClockStart() >= slotLocal.AddDays(-28) && run.Distance >= Distance.FromKilometers(2))
            .Select(run => run.Distance.Meters).Order().ToList();
        return runs.Count == 0 ? TrainingOptions.Default.MinRunDistance * 2 : Distance.FromMeters(Quantiles.Of(runs, 0.5));
    }

    private static string TypeReason(WorkoutType type, double position) => type switch
    {
        WorkoutType.Recovery => "Recovery: the day after a hard run.",
        WorkoutType.Tempo or WorkoutType.Interval => FormattableString.Invariant($"{type}: the predicted pace is at the quick end of your range (position {position:0.00} <= {WorkoutTypeChooser.QualityPosition})."),
        WorkoutType.Long => FormattableString.Invariant($"Long: the predicted pace is at the easy end of your range (position {position:0.00} >= {WorkoutTypeChooser.LongPosition})."),
        _ => FormattableString.Invariant($"Easy: the predicted pace sits mid-range (position {position:0.00})."),
    };
}
