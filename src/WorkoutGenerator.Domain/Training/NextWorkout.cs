using WorkoutGenerator.Domain.Planning.Coaching;
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
    /// As above with the prediction given. Without <paramref name="paces"/> the quality paces come from the VDOT
    /// whose threshold pace is the predicted pace (Daniels' relations between T, I and E paces).
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

        paces ??= TrainingPaces.FromVdot(Math.Clamp(Vdot.FromThresholdPace(prediction.Predicted), 20, 85));
        var leading = new List<string>();
        if (load.BaseReason is { } baseReason)
        {
            leading.Add(baseReason);
        }

        leading.Add(typeReason);
        var bands = PaceBands.Of(history, DateOnly.FromDateTime(slotLocal));
        return WorkoutFactory.Create(slotLocal, type, prediction, prescription, paces, load, load.WeeklyBase, options, leading, bands: bands);
    }

    private static string TypeReason(WorkoutType type, double position) => type switch
    {
        WorkoutType.Recovery => "Recovery: the day after a hard run.",
        WorkoutType.Tempo or WorkoutType.Interval => FormattableString.Invariant($"{type}: the predicted pace is at the quick end of your range (position {position:0.00} <= {WorkoutTypeChooser.QualityPosition})."),
        WorkoutType.Long => FormattableString.Invariant($"Long: the predicted pace is at the easy end of your range (position {position:0.00} >= {WorkoutTypeChooser.LongPosition})."),
        _ => FormattableString.Invariant($"Easy: the predicted pace sits mid-range (position {position:0.00})."),
    };
}
