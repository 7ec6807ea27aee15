using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.Model.Evaluation;

/// <summary>
/// Every model <c>evaluate</c> compares, in report order: the one registration list, so a new model is one line
/// here and appears in both tasks of the report, in the CLI's tables and in the stored back-test.
/// </summary>
public static class BackTestModels
{
    /// <summary>
    /// With <paramref name="pretrained"/> weights, "transformer" is fine-tuned from them in every fold and, with
    /// <paramref name="withScratch"/>, "transformer_scratch" is the same model trained on the runner alone, so the
    /// gain of pre-training shows (it trains 15 epochs in every fold where fine-tuning trains 3, so it is asked for).
    /// </summary>
    public static IReadOnlyList<Func<IPacePredictor>> Factories(TransformerTrainingOptions options, PretrainedPaceModel? pretrained = null, bool withScratch = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<Func<IPacePredictor>> factories = [() => new TransformerPacePredictor(options, pretrained: pretrained)];
        if (pretrained is not null && withScratch)
        {
            factories.Add(() => new TransformerPacePredictor(options, name: TransformerPacePredictor.ScratchModelName));
        }

        factories.AddRange(PaceBaselines.Factories(options.Seed));
        return factories;
    }
}
