using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;

namespace WorkoutGenerator.Services.Planning;

/// <summary>
/// Checks for a cancel before every prediction, so a plan rolled forward one day at a time stops at the first
/// Ctrl-C without the planning code (pure Domain) knowing about cancellation.
/// </summary>
internal sealed class CancellablePredictor(INextRunPacePredictor inner, CancellationToken cancellationToken) : INextRunPacePredictor
{
    public PacePrediction Predict(IReadOnlyList<Run> history, DateTime slotLocal, PlanCondition? planned = null)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return inner.Predict(history, slotLocal, planned);
    }
}
