using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.PaceExperiments;

/// <summary>
/// The variants measured for docs/pace-transformer.md, by name. Each spells out its fine-tuning in full, so a name
/// keeps meaning what was measured when the defaults move.
/// </summary>
internal static class Variants
{
    private static readonly TransformerTrainingOptions Default = new();

    /// <summary>The fine-tuning that shipped with the first pre-trained weights: six epochs, δ = 1, the pre-trained weights not a candidate.</summary>
    private static readonly FineTuningOptions First = new() { Epochs = 6, Patience = 2, LossDelta = 1, KeepPretrainedWhenBest = false };

    private static readonly Dictionary<string, Func<PretrainedPaceModel, Func<IPacePredictor>[]>> All = new()
    {
        ["baselines"] = _ => [.. PaceBaselines.Factories(Default.Seed)],
        ["scratch"] = _ => [() => new TransformerPacePredictor(Default)],
        ["scratch-d01"] = _ => [() => new TransformerPacePredictor(Default with { LossDelta = 0.1 })],
        ["ft"] = p => FineTuned(p, Default.FineTuning),
        ["ft-v1"] = p => FineTuned(p, First),
        ["ft-lr3"] = p => FineTuned(p, First with { LearningRate = 3e-4, Epochs = 10, Patience = 3 }),
        ["ft-lr03"] = p => FineTuned(p, First with { LearningRate = 3e-5 }),
        ["ft-dec"] = p => FineTuned(p, First with { TrainEncoder = false }),
        ["ft-d01"] = p => FineTuned(p, First with { LossDelta = 0.1 }),
        ["ft-d01-lr3"] = p => FineTuned(p, First with { LossDelta = 0.1, LearningRate = 3e-4, Epochs = 10, Patience = 3 }),
        ["ft-keep"] = p => FineTuned(p, First with { KeepPretrainedWhenBest = true }),
        ["ft-d01-keep"] = p => FineTuned(p, First with { LossDelta = 0.1, KeepPretrainedWhenBest = true }),
        ["ft-d01-keep-e3"] = p => FineTuned(p, First with { LossDelta = 0.1, KeepPretrainedWhenBest = true, Epochs = 3 }),

        // The shipped fine-tuning, spelt out: three epochs at 1e-4.
        ["ft-e3"] = p => FineTuned(p, Default.FineTuning with { LearningRate = 1e-4, Epochs = 3, Patience = 2 }),

        // Longer and faster than the shipped three epochs, to learn a runner's own weekly rhythm (which sessions fall on which days).
        ["ft-e8-lr3"] = p => FineTuned(p, Default.FineTuning with { LearningRate = 3e-4, Epochs = 8, Patience = 3 }),

        // The shipped fine-tuning with the encoder kept as pre-trained (the query, decoder and head adapt), and the same
        // for longer and faster: fewer weights to fit on a few hundred runs (Howard and Ruder 2018 unfreeze gradually).
        ["ft-e3-dec"] = p => FineTuned(p, Default.FineTuning with { TrainEncoder = false }),
        ["ft-e8-lr3-dec"] = p => FineTuned(p, Default.FineTuning with { LearningRate = 3e-4, Epochs = 8, Patience = 3, TrainEncoder = false }),

        // The pre-trained weights as they are: one epoch at a learning rate too small to move them.
        ["zero"] = p => FineTuned(p, First with { LearningRate = 1e-12, Epochs = 1 }),
    };

    public static IEnumerable<string> Names => All.Keys;

    /// <summary>Pre-training variants: the shipped default and the ones tried against it.</summary>
    public static PretrainingOptions Pretraining(string name) => name switch
    {
        "p-default" => new PretrainingOptions(),
        "p-v1" => new PretrainingOptions { Epochs = 30, LossDelta = 1, AverageFromEpoch = null },
        "p-d01" => new PretrainingOptions { Epochs = 30, LossDelta = 0.1, AverageFromEpoch = null },
        "p-d01-wd" => new PretrainingOptions { Epochs = 30, LossDelta = 0.1, AverageFromEpoch = null, WeightDecay = 0.1, LearningRate = 3e-4 },
        "p-d01-swa" => new PretrainingOptions { Epochs = 30, LossDelta = 0.1, AverageFromEpoch = 5 },
        _ => throw new ArgumentException($"unknown pre-training variant \"{name}\""),
    };

    public static IReadOnlyList<Func<IPacePredictor>> Factories(string name, PretrainedPaceModel pretrained) =>
        All.TryGetValue(name, out var make) ? make(pretrained) : throw new ArgumentException($"unknown variant \"{name}\"; known: {string.Join(", ", Names)}");

    private static Func<IPacePredictor>[] FineTuned(PretrainedPaceModel pretrained, FineTuningOptions fineTuning) =>
        [() => new TransformerPacePredictor(Default with { FineTuning = fineTuning }, pretrained: pretrained)];
}
