namespace WorkoutGenerator.Model.Features;

/// <summary>
/// Samples as flat, scaled arrays ready for tensors (row-major, C order):
/// <list type="bullet">
/// <item><see cref="TokenFeatures"/> [Size, <see cref="PaceFeatures.MaxTokens"/>, <see cref="PaceFeatures.Token.Count"/>]:
/// real tokens first (oldest first), padding after them, every padding feature 0.</item>
/// <item><see cref="KeyPaddingMask"/> [Size, MaxTokens]: true marks padding (PyTorch's <c>key_padding_mask</c> convention).</item>
/// <item><see cref="TokenWorkoutTypes"/> [Size, MaxTokens]: the workout type index for an embedding, 0 at padding.</item>
/// <item><see cref="DecoderFeatures"/> [Size, <see cref="PaceFeatures.Decoder.Count"/>].</item>
/// <item><see cref="PlannedWorkoutTypes"/> [Size]: the planned type's embedding index (<see cref="PaceSlot.PlannedTypeIndex"/>).</item>
/// <item><see cref="Targets"/> [Size]: scaled pace (<see cref="FeatureScaler.UnscaleTarget"/> gives s/km), null when a sample has no target.</item>
/// </list>
/// </summary>
public sealed class PaceBatch
{
    private PaceBatch(int size, float[] tokenFeatures, bool[] keyPaddingMask, long[] tokenWorkoutTypes, float[] decoderFeatures, long[] plannedWorkoutTypes, float[]? targets)
    {
        Size = size;
        TokenFeatures = tokenFeatures;
        KeyPaddingMask = keyPaddingMask;
        TokenWorkoutTypes = tokenWorkoutTypes;
        DecoderFeatures = decoderFeatures;
        PlannedWorkoutTypes = plannedWorkoutTypes;
        Targets = targets;
    }

    public int Size { get; }

    public float[] TokenFeatures { get; }

    public bool[] KeyPaddingMask { get; }

    public long[] TokenWorkoutTypes { get; }

    public float[] DecoderFeatures { get; }

    public long[] PlannedWorkoutTypes { get; }

    public float[]? Targets { get; }

    public long[] TokenShape => [Size, PaceFeatures.MaxTokens, PaceFeatures.Token.Count];

    public long[] MaskShape => [Size, PaceFeatures.MaxTokens];

    public long[] DecoderShape => [Size, PaceFeatures.Decoder.Count];

    public static PaceBatch Create(IReadOnlyList<PaceSample> samples, FeatureScaler scaler)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(scaler);
        var size = samples.Count;
        var tokens = new float[size * PaceFeatures.MaxTokens * PaceFeatures.Token.Count];
        var mask = new bool[size * PaceFeatures.MaxTokens];
        var workoutTypes = new long[size * PaceFeatures.MaxTokens];
        var decoder = new float[size * PaceFeatures.Decoder.Count];
        var plannedTypes = new long[size];
        var targets = samples.All(s => s.Target is not null) ? new float[size] : null;
        var raw = new double[PaceFeatures.Token.Count];
        var slotRaw = new double[PaceFeatures.Decoder.Count];
        for (var b = 0; b < size; b++)
        {
            var sample = samples[b];
            for (var t = 0; t < PaceFeatures.MaxTokens; t++)
            {
                var position = (b * PaceFeatures.MaxTokens) + t;
                if (t >= sample.Tokens.Count)
                {
                    mask[position] = true;
                    continue;
                }

                var token = sample.Tokens[t];
                token.WriteRaw(raw);
                for (var f = 0; f < PaceFeatures.Token.Count; f++)
                {
                    tokens[(position * PaceFeatures.Token.Count) + f] = (float)scaler.ScaleToken(f, raw[f]);
                }

                workoutTypes[position] = (long)token.WorkoutType;
            }

            sample.Slot.WriteRaw(slotRaw);
            for (var f = 0; f < PaceFeatures.Decoder.Count; f++)
            {
                decoder[(b * PaceFeatures.Decoder.Count) + f] = (float)scaler.ScaleDecoder(f, slotRaw[f]);
            }

            plannedTypes[b] = sample.Slot.PlannedTypeIndex;
            if (targets is not null)
            {
                targets[b] = (float)scaler.ScaleTarget(sample.TargetSecondsPerKm);
            }
        }

        return new PaceBatch(size, tokens, mask, workoutTypes, decoder, plannedTypes, targets);
    }
}
