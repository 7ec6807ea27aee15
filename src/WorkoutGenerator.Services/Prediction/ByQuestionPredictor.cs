using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;

namespace WorkoutGenerator.Services.Prediction;

/// <summary>
/// Sends a question without a plan to one model and a plan's question (type and distance known) to another, when
/// the back-test chose a different model for each (<see cref="PaceModelRule"/>). It owns both: disposing it frees
/// each one's model once.
/// </summary>
internal sealed class ByQuestionPredictor(ModelNextRunPredictor withoutPlan, ModelNextRunPredictor withPlan) : INextRunPacePredictor
{
    public PacePrediction Predict(IReadOnlyList<Run> history, DateTime slotLocal, PlanCondition? planned = null) =>
        planned is null ? withoutPlan.Predict(history, slotLocal) : withPlan.Predict(history, slotLocal, planned);

    public void Dispose()
    {
        withoutPlan.Dispose();
        withPlan.Dispose();
    }
}
