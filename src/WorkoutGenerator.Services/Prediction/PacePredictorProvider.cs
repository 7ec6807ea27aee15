using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;

namespace WorkoutGenerator.Services.Prediction;

/// <summary>A pace predictor and the words that tell the runner which one it is.</summary>
public sealed record PredictorChoice(INextRunPacePredictor Predictor, string Description);

/// <summary>
/// Chooses the pace predictor behind `next` and `plan`: the trained model when one is available, else the
/// transparent <see cref="RecentPacePredictor"/>. The trained model is a seam: pass a function that loads it for the
/// runner's time zone (or returns null when there is none) and every caller picks it up, with no change to the
/// planning code.
/// </summary>
public sealed class PacePredictorProvider
{
    public const string FallbackDescription = "recent-pace fallback: no trained model";

    private readonly Func<IRunnerTimeZone, PredictorChoice?>? trainedModel;

    public PacePredictorProvider(Func<IRunnerTimeZone, PredictorChoice?>? trainedModel = null) => this.trainedModel = trainedModel;

    /// <summary>The predictor for a runner on <paramref name="zone"/>: a model turns each wall-clock slot into its UTC instant through it.</summary>
    public PredictorChoice Resolve(IRunnerTimeZone zone) =>
        trainedModel?.Invoke(zone) ?? new PredictorChoice(new RecentPacePredictor(), FallbackDescription);
}
