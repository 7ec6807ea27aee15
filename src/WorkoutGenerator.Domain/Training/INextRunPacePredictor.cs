using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Domain.Training;

/// <summary>
/// Predicts the pace of the run the runner would start at <c>slotLocal</c> (their wall clock), seeing only
/// <c>history</c>; implementations must ignore runs at or after the slot. The trained Transformer plugs in here;
/// <see cref="RecentPacePredictor"/> is the transparent fallback.
/// </summary>
public interface INextRunPacePredictor
{
    PacePrediction Predict(IReadOnlyList<Run> history, DateTime slotLocal);
}
