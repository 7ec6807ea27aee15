using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.Services.Modeling;

/// <summary>The pre-trained weights a training or a back-test fine-tunes from.</summary>
internal static class PretrainedWeights
{
    /// <summary>
    /// The pre-trained weights in <paramref name="directory"/> (default: the ones shipped with the app) when
    /// <paramref name="options"/> build their architecture (the seed's size, residual over ewma); null for the other
    /// variants (<c>--size tiny</c>, <c>--no-residual</c>), which train from scratch. Damaged weights throw, naming the file.
    /// </summary>
    public static PretrainedPaceModel? For(TransformerTrainingOptions options, string? directory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.PredictResidual || options.Architecture != PaceTransformerOptions.Seed)
        {
            return null;
        }

        directory ??= PretrainedPaceModel.DefaultDirectory;
        var pretrained = PretrainedPaceModel.Load(directory);
        if (pretrained.Architecture != new TransformerPacePredictor(options).Architecture)
        {
            pretrained.Dispose();
            throw PretrainedPaceModel.Damaged(Path.Combine(directory, PretrainedManifest.FileName), "its architecture is not the seed's with the level input");
        }

        return pretrained;
    }
}
