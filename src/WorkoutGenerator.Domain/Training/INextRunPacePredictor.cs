using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Domain.Training;

/// <summary>
/// Predicts the pace of the run the runner would start at <c>slotLocal</c> (their wall clock), seeing only
/// <c>history</c>; implementations must ignore runs at or after the slot. The trained Transformer plugs in here;
/// <see cref="RecentPacePredictor"/> is the transparent fallback. A plan asks with <c>planned</c>, the type and
/// distance it has for the run; a model that can use them answers that narrower question, the others ignore it.
/// Its owner disposes it: a trained model may hold native memory, which the garbage collector does not see; a rule
/// such as <see cref="RecentPacePredictor"/> holds none and frees nothing.
/// </summary>
public interface INextRunPacePredictor : IDisposable
{
    PacePrediction Predict(IReadOnlyList<Run> history, DateTime slotLocal, PlanCondition? planned = null);

    /// <summary>Nothing to free, unless the predictor holds a model and says so with its own Dispose.</summary>
    void IDisposable.Dispose()
    {
    }
}
