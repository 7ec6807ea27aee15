using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Model.Tests.Support;
using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.Model.Tests.Transformer;

/// <summary>Small, fast settings and data for the libtorch tests.</summary>
internal static class TransformerFixtures
{
    public static TransformerTrainingOptions Fast(int epochs = 3, int ensemble = 1, bool residual = true, int seed = 1) => new()
    {
        Architecture = PaceTransformerOptions.Tiny,
        Epochs = epochs,
        EnsembleSize = ensemble,
        PredictResidual = residual,
        Seed = seed,
        BatchSize = 32,
        LearningRate = 3e-3,
        Patience = 100,
        Threads = 1,
    };

    /// <summary>Tiny weights pre-trained on two synthetic runners into <paramref name="folder"/>, loaded (the caller disposes them).</summary>
    public static PretrainedPaceModel Pretrained(string folder, int epochs = 2, LevelUse? level = null)
    {
        Pretraining.Run(
            [.. new[] { 3, 7 }.Select(seed => new PretrainingRunner($"runner-{seed}", Dataset(120, seed)))],
            new PretrainingOptions { Architecture = PaceTransformerOptions.Tiny, Epochs = epochs, BatchSize = 32, LearningRate = 3e-3, Patience = 100, Level = level ?? LevelUse.Default },
            folder,
            _ => new PretrainingRecord(),
            null,
            CancellationToken.None);
        return PretrainedPaceModel.Load(folder);
    }

    /// <summary>A tiny model with the start weights of seed 42.</summary>
    public static PaceTransformer TinyModel()
    {
        TorchSharp.torch.manual_seed(42);
        return new PaceTransformer(PaceTransformerOptions.Tiny);
    }

    /// <summary>The largest absolute difference between two models' parameters.</summary>
    public static float MaxWeightDifference(PaceTransformer a, PaceTransformer b)
    {
        var weights = a.state_dict();
        return b.state_dict().Max(p => (weights[p.Key] - p.Value).abs().max().item<float>());
    }

    public static PaceDataset Dataset(int runs = 160, int seed = 3) => PaceDatasetBuilder.Build(SyntheticHistory.Create(seed, runs));

    /// <summary>The dataset's samples, the newest <paramref name="validation"/> held out.</summary>
    public static PaceTrainingSet TrainingSet(PaceDataset dataset, int validation = 20) => new(
        [.. dataset.Samples.Take(dataset.Samples.Count - validation)],
        [.. dataset.Samples.Skip(dataset.Samples.Count - validation)],
        dataset.History);
}
