using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Services.Modeling;

namespace WorkoutGenerator.Services.Prediction;

/// <summary>
/// The predictors a trained model earns for `next` and `plan`, one per question (<see cref="PaceModelRule"/>): the
/// Transformer where its last back-test beat the best baseline on that question (or when it has not been
/// back-tested yet, which the description says), else that baseline, fitted on the runner's history. Null when no
/// model was trained; a damaged model, or another database's, is a
/// <see cref="WorkoutGenerator.Domain.Errors.UserFacingException"/> (which <see cref="PacePredictorProvider"/> turns
/// into a visible warning), never "no model". <c>zone</c> in <see cref="Load(ModelStore, IRunnerTimeZone)"/>
/// is the runner's clock the predictor reads slots on.
/// </summary>
public static class TrainedPredictors
{
    public static PredictorChoice? Load(ModelStore store, IRunnerTimeZone zone) => Load(store, zone, s => s.Load().Predictor);

    /// <param name="loadTransformer">Loads the saved Transformer; called at most once, and what it gives is disposed once, with the choice.</param>
    internal static PredictorChoice? Load(ModelStore store, IRunnerTimeZone zone, Func<ModelStore, IPacePredictor> loadTransformer)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(loadTransformer);
        var metadata = store.ReadMetadata();
        if (metadata?.Model is null)
        {
            return null;
        }

        store.VerifyWeights(metadata);
        var (withoutPlan, withPlan) = PaceModelRule.Choose(metadata.LastBackTest);
        var description = PaceModelRule.Describe(withoutPlan, withPlan);

        // At most one Transformer is loaded: when both questions chose it, one predictor answers both.
        var transformer = withoutPlan.Baseline is null || withPlan.Baseline is null ? loadTransformer(store) : null;
        if (withoutPlan.SameModel(withPlan))
        {
            return new PredictorChoice(Predictor(withoutPlan, withPlan.HalfWidthSecondsPerKm, transformer, zone), description);
        }

        // The choice owns the loaded weights from here: each question's predictor owns its own model.
        return new PredictorChoice(
            new ByQuestionPredictor(
                Predictor(withoutPlan, withoutPlan.HalfWidthSecondsPerKm, withoutPlan.Baseline is null ? transformer : null, zone),
                Predictor(withPlan, withPlan.HalfWidthSecondsPerKm, withPlan.Baseline is null ? transformer : null, zone)),
            description);
    }

    private static ModelNextRunPredictor Predictor(QuestionChoice choice, double? halfWidthWithPlan, IPacePredictor? transformer, IRunnerTimeZone zone) =>
        choice.Baseline is { } baseline
            ? new ModelNextRunPredictor(
                dataset => BaselineFit.Of(baseline, dataset, CancellationToken.None),
                (model, sample) => [model.PredictSecondsPerKm(sample)],
                choice.HalfWidthSecondsPerKm,
                halfWidthWithPlan,
                choice.Method,
                zone)
            : new ModelNextRunPredictor(
                _ => transformer!,
                (model, sample) => model is TransformerPacePredictor members ? members.PredictMembers(sample) : [model.PredictSecondsPerKm(sample)],
                choice.HalfWidthSecondsPerKm,
                halfWidthWithPlan,
                choice.Method,
                zone,
                fitted: transformer);
}
