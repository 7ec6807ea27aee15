using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;

namespace WorkoutGenerator.Services.Prediction;

/// <summary>
/// A pace predictor and the words that tell the runner which one it is. It owns the predictor: disposing the
/// choice frees a loaded model's native memory.
/// </summary>
public sealed record PredictorChoice(INextRunPacePredictor Predictor, string Description) : IDisposable
{
    public void Dispose() => Predictor.Dispose();
}

/// <summary>
/// Chooses the pace predictor behind `next` and `plan`: the trained model when one is available, else the
/// transparent <see cref="RecentPacePredictor"/>. The trained model is a seam: pass a function that loads it for the
/// runner's time zone (or returns null when there is none) and every caller picks it up, with no change to the
/// planning code. A model that cannot be used (damaged, or another database's) is not "no model": the fallback then
/// carries the reason as a warning in its description and in every prediction's method, which the card's "why" and
/// the JSON show.
/// </summary>
public sealed class PacePredictorProvider
{
    public const string FallbackDescription = "recent-pace fallback: no trained model";

    private readonly Func<IRunnerTimeZone, PredictorChoice?>? _trainedModel;

    public PacePredictorProvider(Func<IRunnerTimeZone, PredictorChoice?>? trainedModel = null) => _trainedModel = trainedModel;

    /// <summary>The predictor for a runner on <paramref name="zone"/>: a model turns each wall-clock slot into its UTC instant through it.</summary>
    public PredictorChoice Resolve(IRunnerTimeZone zone)
    {
        PredictorChoice? trained;
        try
        {
            trained = _trainedModel?.Invoke(zone);
        }
        catch (UserFacingException unusable)
        {
            var warning = $"WARNING: {unusable.Display} Paced from recent runs instead";
            return new PredictorChoice(new WarnedPredictor(new RecentPacePredictor(), warning), "recent-pace fallback. " + warning);
        }

        return trained ?? new PredictorChoice(new RecentPacePredictor(), FallbackDescription);
    }

    /// <summary>Adds a warning to every prediction's method, so no output made with it can hide it.</summary>
    private sealed class WarnedPredictor(INextRunPacePredictor inner, string warning) : INextRunPacePredictor
    {
        public PacePrediction Predict(IReadOnlyList<Run> history, DateTime slotLocal, PlanCondition? planned = null)
        {
            var prediction = inner.Predict(history, slotLocal, planned);
            return prediction with { Method = $"{prediction.Method}; {warning}" };
        }
    }
}
