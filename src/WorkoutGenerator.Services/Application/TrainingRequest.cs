using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.Services.Application;

/// <summary>How to train the pace Transformer; a null keeps the default (see <see cref="TransformerTrainingOptions"/>).</summary>
/// <param name="Seed">Random seed for weights and shuffling; the same seed gives the same model.</param>
/// <param name="Epochs">The most epochs each ensemble member trains (early stopping usually ends sooner).</param>
/// <param name="Ensemble">How many models (seeds) to train and average.</param>
/// <param name="PredictResidual">Predict the pace's distance from the ewma level (true) or the pace itself.</param>
/// <param name="Threads">libtorch threads.</param>
/// <param name="FineTuneEncoder">Fine-tune every layer of the pre-trained model (true) or only the decoder and head.</param>
public sealed record TrainingRequest(
    int Seed = 1,
    int? Epochs = null,
    ModelSize Size = ModelSize.Seed,
    int? Ensemble = null,
    bool PredictResidual = true,
    int? Threads = null,
    bool FineTuneEncoder = true)
{
    // The request checks itself against the one table of bounds, whichever host made it.
    public int Seed { get; init; } = OptionBounds.Seed.Check(Seed);

    public int? Epochs { get; init; } = OptionBounds.Epochs.Check(Epochs);

    public int? Ensemble { get; init; } = OptionBounds.Ensemble.Check(Ensemble);

    public int? Threads { get; init; } = OptionBounds.Threads.Check(Threads);

    /// <summary>The options these choices give over <paramref name="defaults"/> (default: the measured defaults).</summary>
    internal TransformerTrainingOptions ToOptions(TransformerTrainingOptions? defaults = null)
    {
        var options = defaults ?? new TransformerTrainingOptions();
        return options with
        {
            Seed = Seed,
            Threads = Threads ?? options.Threads,
            Epochs = Epochs ?? options.Epochs,
            EnsembleSize = Ensemble ?? options.EnsembleSize,
            PredictResidual = PredictResidual && options.PredictResidual,
            Architecture = Size == ModelSize.Tiny ? PaceTransformerOptions.Tiny : options.Architecture,
            FineTuning = options.FineTuning with { TrainEncoder = FineTuneEncoder },
        };
    }
}
