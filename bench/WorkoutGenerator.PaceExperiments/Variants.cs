using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.PaceExperiments;

/// <summary>The variants measured for docs/pace-transformer.md, by name.</summary>
internal static class Variants
{
    private static readonly TransformerTrainingOptions Default = new();

    private static readonly Dictionary<string, Func<PretrainedPaceModel, Func<IPacePredictor>[]>> All = new()
    {
        ["baselines"] = _ => [.. PaceBaselines.Factories(Default.Seed)],
        ["ft"] = p => [() => new TransformerPacePredictor(Default, pretrained: p)],
        ["scratch"] = _ => [() => new TransformerPacePredictor(Default)],
        ["ft-lr3"] = p => [() => new TransformerPacePredictor(Default with { FineTuning = new FineTuningOptions { LearningRate = 3e-4, Epochs = 10, Patience = 3 } }, pretrained: p)],
        ["ft-dec"] = p => [() => new TransformerPacePredictor(Default with { FineTuning = new FineTuningOptions { TrainEncoder = false } }, pretrained: p)],
        ["ft-ens3"] = p => [() => new TransformerPacePredictor(Default with { EnsembleSize = 3 }, pretrained: p)],
        ["ft-d01"] = p => [() => new TransformerPacePredictor(Default with { LossDelta = 0.1 }, pretrained: p)],
        ["scratch-d01"] = _ => [() => new TransformerPacePredictor(Default with { LossDelta = 0.1 })],
        ["ft-d01-lr3"] = p => [() => new TransformerPacePredictor(Default with { LossDelta = 0.1, FineTuning = new FineTuningOptions { LearningRate = 3e-4, Epochs = 10, Patience = 3 } }, pretrained: p)],
        ["ft-keep"] = p => [() => new TransformerPacePredictor(Default with { FineTuning = new FineTuningOptions { KeepPretrainedWhenBest = true } }, pretrained: p)],
        ["ft-d01-keep"] = p => [() => new TransformerPacePredictor(Default with { LossDelta = 0.1, FineTuning = new FineTuningOptions { KeepPretrainedWhenBest = true } }, pretrained: p)],
        ["ft-lr03"] = p => [() => new TransformerPacePredictor(Default with { FineTuning = new FineTuningOptions { LearningRate = 3e-5 } }, pretrained: p)],
        ["zero"] = p => [() => new TransformerPacePredictor(Default with { FineTuning = new FineTuningOptions { LearningRate = 1e-12, Epochs = 1 } }, pretrained: p)],
    };

    public static IEnumerable<string> Names => All.Keys;

    /// <summary>Pre-training variants: the shipped default and the ones tried against it.</summary>
    public static PretrainingOptions Pretraining(string name) => name switch
    {
        "p-default" => new PretrainingOptions { Epochs = 30 },
        "p-d01" => new PretrainingOptions { Epochs = 30, LossDelta = 0.1 },
        "p-d01-wd" => new PretrainingOptions { Epochs = 30, LossDelta = 0.1, WeightDecay = 0.1, LearningRate = 3e-4 },
        "p-d01-swa" => new PretrainingOptions { Epochs = 30, LossDelta = 0.1, AverageFromEpoch = 5 },
        "p-swa" => new PretrainingOptions { Epochs = 30, AverageFromEpoch = 5 },
        _ => throw new ArgumentException($"unknown pre-training variant \"{name}\""),
    };

    public static IReadOnlyList<Func<IPacePredictor>> Factories(string name, PretrainedPaceModel pretrained) =>
        All.TryGetValue(name, out var make) ? make(pretrained) : throw new ArgumentException($"unknown variant \"{name}\"; known: {string.Join(", ", Names)}");
}
