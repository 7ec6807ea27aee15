using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Model.Features;

namespace WorkoutGenerator.Model.Transformer;

/// <summary>
/// The architecture of <see cref="PaceTransformer"/>. The defaults are the seed's model: hidden size 128, 8 heads,
/// 4 encoder and 4 decoder layers, feed-forward width 512 (1.85M parameters, the size the reference study
/// measured), one output. All 11 token features of <see cref="PaceFeatures.Token"/> go through the input
/// projection: the seed's 5 are the first 5, the others are their encodings and missing-value flags.
/// </summary>
public sealed record PaceTransformerOptions
{
    public static PaceTransformerOptions Seed { get; } = new();

    /// <summary>About 22k parameters: the size the reference study found as good as the seed's at 1/20 of the time.</summary>
    public static PaceTransformerOptions Tiny { get; } = new() { ModelDim = 32, Heads = 4, EncoderLayers = 1, DecoderLayers = 1, FeedForwardDim = 64 };

    public int InputFeatures { get; init; } = PaceFeatures.Token.Count;

    /// <summary>Slot features, plus 1 when the level baseline's prediction is fed to the decoder.</summary>
    public int DecoderFeatures { get; init; } = PaceFeatures.Decoder.Count;

    public int ModelDim { get; init; } = 128;

    public int Heads { get; init; } = 8;

    public int EncoderLayers { get; init; } = 4;

    public int DecoderLayers { get; init; } = 4;

    public int FeedForwardDim { get; init; } = 512;

    public double Dropout { get; init; } = 0.1;

    public int Outputs { get; init; } = 1;

    public int MaxTokens { get; init; } = PaceFeatures.MaxTokens;

    /// <summary>Rows of the workout-type embedding: one per <see cref="WorkoutType"/> value (the planned type's has one more, "nothing planned").</summary>
    public int WorkoutTypes { get; init; } = PaceFeatures.WorkoutTypes;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(InputFeatures, 1, nameof(InputFeatures));
        ArgumentOutOfRangeException.ThrowIfLessThan(DecoderFeatures, 1, nameof(DecoderFeatures));
        ArgumentOutOfRangeException.ThrowIfLessThan(ModelDim, 2, nameof(ModelDim));
        ArgumentOutOfRangeException.ThrowIfLessThan(Heads, 1, nameof(Heads));
        ArgumentOutOfRangeException.ThrowIfLessThan(EncoderLayers, 1, nameof(EncoderLayers));
        ArgumentOutOfRangeException.ThrowIfLessThan(DecoderLayers, 1, nameof(DecoderLayers));
        ArgumentOutOfRangeException.ThrowIfLessThan(FeedForwardDim, 1, nameof(FeedForwardDim));
        ArgumentOutOfRangeException.ThrowIfLessThan(Outputs, 1, nameof(Outputs));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxTokens, 1, nameof(MaxTokens));
        ArgumentOutOfRangeException.ThrowIfLessThan(WorkoutTypes, 1, nameof(WorkoutTypes));
        if (ModelDim % Heads != 0)
        {
            throw new ArgumentException($"The model dimension {ModelDim} must be a multiple of the {Heads} heads.", nameof(Heads));
        }

        if (ModelDim % 2 != 0)
        {
            throw new ArgumentException($"Sinusoidal positions need an even model dimension, not {ModelDim}.", nameof(ModelDim));
        }

        if (!(Dropout >= 0 && Dropout < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Dropout), Dropout, "Dropout is a probability in [0, 1).");
        }
    }
}
