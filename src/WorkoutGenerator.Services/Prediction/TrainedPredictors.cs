using System.Globalization;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Services.Modeling;

namespace WorkoutGenerator.Services.Prediction;

/// <summary>
/// The predictor a trained model earns for `next` and `plan`: the Transformer when its last back-test beat the best
/// baseline (or when it has not been back-tested yet, which the description says), else that baseline, fitted on
/// the runner's history. Null when no model was trained; a damaged model, or another database's, is a
/// <see cref="WorkoutGenerator.Domain.Errors.UserFacingException"/> (which <see cref="PacePredictorProvider"/> turns
/// into a visible warning), never "no model". <paramref name="zone"/> in <see cref="Load"/> is the runner's clock
/// the predictor reads slots on.
/// </summary>
public static class TrainedPredictors
{
    public static PredictorChoice? Load(ModelStore store, IRunnerTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
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
                $"{best} baseline: it beat the Transformer in the last back-test (MAE {MaeText(baselineMae)} vs {MaeText(transformerMae)})");
            return new PredictorChoice(
                new ModelNextRunPredictor(
                    dataset => ModelService.FitBaseline(best, dataset, CancellationToken.None),
                    (model, sample) => [model.PredictSecondsPerKm(sample)],
                    baselineMae,
                    Mae(backTest.Conditioned?.Models, best),
                    description,
                    zone),
                description);
        }

        // The choice owns the loaded weights from here: disposing it frees them.
        var (transformer, _) = store.Load();
        return TransformerChoice(transformer, backTest, transformerMae, zone);
    }

    private static PredictorChoice TransformerChoice(TransformerPacePredictor transformer, BackTestSummary? backTest, double? transformerMae, IRunnerTimeZone zone)
    {
        var method = backTest is null
            ? "Transformer (not back-tested yet: run workoutgen evaluate to see whether it beats the baselines)"
            : string.Create(CultureInfo.InvariantCulture,
                $"Transformer: beat {backTest.BestBaseline} in the last back-test (MAE {MaeText(transformerMae)} vs {MaeText(Mae(backTest, backTest.BestBaseline))})");
        return new PredictorChoice(
            new ModelNextRunPredictor(
                _ => transformer,
                (model, sample) => ((TransformerPacePredictor)model).PredictMembers(sample),
                backTest?.RangeHalfWidthSecondsPerKm,
                backTest?.Conditioned?.RangeHalfWidthSecondsPerKm,
                method,
                zone,
                fitted: transformer),
            method);
    }

    // A unit-neutral token: the runner reads the error per km or per mile (UnitText.Render).
    private static string MaeText(double? secondsPerKm) => secondsPerKm is { } value ? UnitText.PaceDifference(value) : "n/a";

    private static double? Mae(BackTestSummary? backTest, string? name) => Mae(backTest?.Models, name);

    private static double? Mae(IReadOnlyList<ModelError>? models, string? name) =>
        models?.FirstOrDefault(model => model.Name == name)?.MaeSecondsPerKm;
}
