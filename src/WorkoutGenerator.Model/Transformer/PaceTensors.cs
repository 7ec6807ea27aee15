using WorkoutGenerator.Model.Features;
using static TorchSharp.torch;

namespace WorkoutGenerator.Model.Transformer;

/// <summary>
/// A <see cref="PaceBatch"/> as tensors. With levels (residual mode) the slot gets one more feature, the scaled
/// level, and the target becomes (pace − level) / target scale.
/// </summary>
internal sealed class PaceTensors : IDisposable
{
    private PaceTensors(int size, Tensor tokens, Tensor workoutTypes, Tensor mask, Tensor slots, Tensor? targets)
    {
        Size = size;
        Tokens = tokens;
        WorkoutTypes = workoutTypes;
        Mask = mask;
        Slots = slots;
        Targets = targets;
    }

    public int Size { get; }

    public Tensor Tokens { get; }

    public Tensor WorkoutTypes { get; }

    public Tensor Mask { get; }

    public Tensor Slots { get; }

    /// <summary>[Size] scaled targets; null for questions about future slots.</summary>
    public Tensor? Targets { get; }

    public static PaceTensors Create(IReadOnlyList<PaceSample> samples, FeatureScaler scaler, IReadOnlyList<double>? levels)
    {
        var batch = PaceBatch.Create(samples, scaler);
        var slotWidth = PaceFeatures.Decoder.Count + (levels is null ? 0 : 1);
        var slots = new float[batch.Size * slotWidth];
        float[]? targets = batch.Targets is null ? null : new float[batch.Size];
        for (var b = 0; b < batch.Size; b++)
        {
            Array.Copy(batch.DecoderFeatures, b * PaceFeatures.Decoder.Count, slots, b * slotWidth, PaceFeatures.Decoder.Count);
            if (levels is not null)
            {
                slots[(b * slotWidth) + PaceFeatures.Decoder.Count] = (float)scaler.ScaleTarget(levels[b]);
            }

            if (targets is not null)
            {
                targets[b] = levels is null
                    ? batch.Targets![b]
                    : (float)((samples[b].TargetSecondsPerKm - levels[b]) / scaler.TargetScale);
            }
        }

        return new PaceTensors(
            batch.Size,
            tensor(batch.TokenFeatures, batch.TokenShape),
            tensor(batch.TokenWorkoutTypes, batch.MaskShape),
            tensor(batch.KeyPaddingMask, batch.MaskShape),
            tensor(slots, [batch.Size, slotWidth]),
            targets is null ? null : tensor(targets, [batch.Size]));
    }

    public void Dispose()
    {
        Tokens.Dispose();
        WorkoutTypes.Dispose();
        Mask.Dispose();
        Slots.Dispose();
        Targets?.Dispose();
    }
}
