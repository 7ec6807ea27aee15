using WorkoutGenerator.Model.Features;
using static TorchSharp.torch;

namespace WorkoutGenerator.Model.Transformer;

/// <summary>
/// A <see cref="PaceBatch"/> as tensors. With levels (residual mode) the slot gets one more feature, the scaled
/// level, and the target becomes (pace − level) / target scale. Each row keeps its runner's target scale
/// (<see cref="TargetScales"/>), so rows of many runners, each scaled by its own statistics, can share a tensor
/// and still give an error in s/km.
/// </summary>
internal sealed class PaceTensors : IDisposable
{
    private PaceTensors(int size, Tensor tokens, Tensor workoutTypes, Tensor mask, Tensor slots, Tensor plannedTypes, Tensor? targets, Tensor targetScales)
    {
        Size = size;
        Tokens = tokens;
        WorkoutTypes = workoutTypes;
        Mask = mask;
        Slots = slots;
        PlannedTypes = plannedTypes;
        Targets = targets;
        TargetScales = targetScales;
    }

    public int Size { get; }

    public Tensor Tokens { get; }

    public Tensor WorkoutTypes { get; }

    public Tensor Mask { get; }

    public Tensor Slots { get; }

    /// <summary>[Size] the planned type's embedding index.</summary>
    public Tensor PlannedTypes { get; }

    /// <summary>[Size] scaled targets; null for questions about future slots.</summary>
    public Tensor? Targets { get; }

    /// <summary>[Size] s/km per scaled unit of each row's target.</summary>
    public Tensor TargetScales { get; }

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
            tensor(batch.PlannedWorkoutTypes, [batch.Size]),
            targets is null ? null : tensor(targets, [batch.Size]),
            full([batch.Size], (float)scaler.TargetScale));
    }

    /// <summary>The rows of every part, in order (one runner's after another's); all parts need targets.</summary>
    public static PaceTensors Concatenate(IReadOnlyList<PaceTensors> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0 || parts.Any(p => p.Targets is null))
        {
            throw new ArgumentException("Only one or more parts with targets are concatenated.", nameof(parts));
        }

        return new PaceTensors(
            parts.Sum(p => p.Size),
            cat([.. parts.Select(p => p.Tokens)], 0),
            cat([.. parts.Select(p => p.WorkoutTypes)], 0),
            cat([.. parts.Select(p => p.Mask)], 0),
            cat([.. parts.Select(p => p.Slots)], 0),
            cat([.. parts.Select(p => p.PlannedTypes)], 0),
            cat([.. parts.Select(p => p.Targets!)], 0),
            cat([.. parts.Select(p => p.TargetScales)], 0));
    }

    /// <summary>
    /// The slots and planned types with the plan removed where <paramref name="drop"/> [rows] is true: planned
    /// distance and its flag 0, planned type "nothing planned", exactly what an unconditioned question carries.
    /// </summary>
    public static (Tensor Slots, Tensor PlannedTypes) DropPlan(Tensor slots, Tensor plannedTypes, Tensor drop)
    {
        var planColumns = zeros([1, slots.shape[1]]);
        planColumns[0, PaceFeatures.Decoder.PlannedDistanceKm] = tensor(1f);
        planColumns[0, PaceFeatures.Decoder.PlannedKnown] = tensor(1f);
        var cleared = slots * (1 - (planColumns * drop.to_type(ScalarType.Float32).unsqueeze(1)));
        var types = where(drop, full_like(plannedTypes, PaceFeatures.PlannedTypeUnknown), plannedTypes);
        return (cleared, types);
    }

    public void Dispose()
    {
        Tokens.Dispose();
        WorkoutTypes.Dispose();
        Mask.Dispose();
        Slots.Dispose();
        PlannedTypes.Dispose();
        Targets?.Dispose();
        TargetScales.Dispose();
    }
}
