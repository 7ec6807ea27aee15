using System.Globalization;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Services.Modeling;

namespace WorkoutGenerator.Services.Prediction;

/// <summary>
/// The predictor a trained model earns for `next` and `plan`: the Transformer when its last back-test beat the best
/// baseline (or when it has not been back-tested yet, which the description says), else that baseline, fitted on
/// the runner's history. Null when no model was trained; a damaged model, or another database's, is a
/// <see cref="WorkoutGenerator.Domain.Errors.UserFacingException"/> (which <see cref="PacePredictorProvider"/> turns
/// into a visible warning), never "no model".
/// </summary>
public static class TrainedPredictors
{
    public static PredictorChoice? Load(ModelStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var metadata = store.ReadMetadata();
        if (metadata?.Model is null)
        {
            return null;
        }

        store.VerifyWeights(metadata);
        var backTest = metadata.LastBackTest;
        var transformerMae = Mae(backTest, TransformerPacePredictor.ModelName);
        if (backTest is { TransformerBeatsBestBaseline: false, BestBaseline: { } best })
        {
            var baselineMae = Mae(backTest, best);
            var description = string.Create(CultureInfo.InvariantCulture,
                $"{best} baseline: it beat the Transformer in the last back-test (MAE {baselineMae:F1} vs {transformerMae:F1} s/km)");
            return new PredictorChoice(
                new ModelNextRunPredictor(
                    dataset => ModelService.FitBaseline(best, dataset, CancellationToken.None),
                    (model, sample) => [model.PredictSecondsPerKm(sample)],
                    baselineMae,
                    description),
                description);
        }

        // The choice owns the loaded weights from here: disposing it frees them.
        var (transformer, _) = store.Load();
        return TransformerChoice(transformer, backTest, transformerMae);
    }

    private static PredictorChoice TransformerChoice(TransformerPacePredictor transformer, BackTestSummary? backTest, double? transformerMae)
    {
        var method = backTest is null
            ? "Transformer (not back-tested yet: run workoutgen evaluate to see whether it beats the baselines)"
            : string.Create(CultureInfo.InvariantCulture,
                $"Transformer: beat {backTest.BestBaseline} in the last back-test (MAE {transformerMae:F1} vs {Mae(backTest, backTest.BestBaseline):F1} s/km)");
        return new PredictorChoice(
            new ModelNextRunPredictor(
                _ => transformer,
                (model, sample) => ((TransformerPacePredictor)model).PredictMembers(sample),
                backTest?.RangeHalfWidthSecondsPerKm,
                method,
                fitted: transformer),
            method);
    }

    private static double? Mae(BackTestSummary? backTest, string? name) =>
        backTest?.Models.FirstOrDefault(model => model.Name == name)?.MaeSecondsPerKm;
}
