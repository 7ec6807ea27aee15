using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction.Baselines;
using static TorchSharp.torch;

namespace WorkoutGenerator.Model.Transformer;

/// <summary>
/// The residual base of one question: <paramref name="Asked"/> for the question as asked (with its plan, when the
/// level is the planned type's), <paramref name="Unplanned"/> for the same question without the plan. The two are
/// equal when the level ignores the plan. With <see cref="LevelUse.UsualPace"/>, the runner's usual pace for each of
/// the two questions (<see cref="UsualPace"/>; the level itself where there is none); null otherwise.
/// </summary>
internal readonly record struct ResidualLevel(double Asked, double Unplanned, double? AskedUsual = null, double? UnplannedUsual = null)
{
    /// <summary>The level <paramref name="sample"/> is asked with, and the one without its plan; their usual paces when <paramref name="usual"/>.</summary>
    public static ResidualLevel Of(EwmaPredictor level, PaceSample sample, bool usual = false)
    {
        var (asked, unplanned) = level.AskedAndUnplanned(sample);
        if (!usual)
        {
            return new ResidualLevel(asked, unplanned);
        }

        var unplannedUsual = UsualPace.Of(sample.Past, null) ?? unplanned;

        // The planned type's usual pace only where the level is the planned type's too, so both bases answer the same question.
        var askedUsual = level.ByPlannedType && sample.Slot.Planned is { } planned ? UsualPace.Of(sample.Past, planned.Type) ?? unplannedUsual : unplannedUsual;
        return new ResidualLevel(asked, unplanned, askedUsual, unplannedUsual);
    }
}

/// <summary>
/// A <see cref="PaceBatch"/> as tensors. With levels (residual mode) the slot gets one more feature, the scaled
/// level, and the target becomes (pace − level) / target scale. Each row keeps its runner's target scale
/// (<see cref="TargetScales"/>), so rows of many runners, each scaled by its own statistics, can share a tensor
/// and still give an error in s/km. When the level depends on the plan, removing the plan from a row
/// (<see cref="Questions"/>) also moves its level input and its target to the unplanned level, and its usual pace
/// (<see cref="LevelUse.UsualPace"/>, one more slot feature after the level) to the unplanned one.
/// </summary>
internal sealed class PaceTensors : IDisposable
{
    private PaceTensors(int size, Tensor tokens, Tensor workoutTypes, Tensor mask, Tensor slots, Tensor plannedTypes, Tensor? targets, Tensor targetScales, Tensor? unplannedLevels, Tensor? levelShifts, Tensor? unplannedUsualGaps)
    {
        Size = size;
        Tokens = tokens;
        WorkoutTypes = workoutTypes;
        Mask = mask;
        Slots = slots;
        PlannedTypes = plannedTypes;
        Targets = targets;
        TargetScales = targetScales;
        UnplannedLevels = unplannedLevels;
        LevelShifts = levelShifts;
        UnplannedUsualGaps = unplannedUsualGaps;
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

    /// <summary>[Size] the level input of each row asked without its plan (scaled); null without levels.</summary>
    private Tensor? UnplannedLevels { get; }

    /// <summary>[Size] (asked level − unplanned level) / target scale: what a row's target gains when its plan is removed; null without levels.</summary>
    private Tensor? LevelShifts { get; }

    /// <summary>[Size] (usual pace − level) / target scale of each row asked without its plan; null without the usual pace.</summary>
    private Tensor? UnplannedUsualGaps { get; }

    /// <summary>The level input's column in <see cref="Slots"/> (residual mode): after the decoder features.</summary>
    public static int LevelColumn => PaceFeatures.Decoder.Count;

    /// <summary>The usual pace's column in <see cref="Slots"/> (<see cref="LevelUse.UsualPace"/>): its distance from the level, after the level.</summary>
    public static int UsualColumn => LevelColumn + 1;

    /// <summary>
    /// The tensors of <paramref name="samples"/>; with <paramref name="relativeTokens"/>, each real token's pace is
    /// its distance from the row's unplanned level in the target's scale (<see cref="LevelUse.RelativeTokens"/>).
    /// </summary>
    public static PaceTensors Create(IReadOnlyList<PaceSample> samples, FeatureScaler scaler, IReadOnlyList<ResidualLevel>? levels, bool relativeTokens = false)
    {
        if (relativeTokens && levels is null)
        {
            throw new ArgumentException("Paces relative to the level need the levels.", nameof(relativeTokens));
        }

        var batch = PaceBatch.Create(samples, scaler);
        if (relativeTokens)
        {
            for (var b = 0; b < batch.Size; b++)
            {
                var tokens = samples[b].Tokens;
                for (var t = 0; t < tokens.Count; t++)
                {
                    var at = (((b * PaceFeatures.MaxTokens) + t) * PaceFeatures.Token.Count) + PaceFeatures.Token.SecondsPerKm;
                    batch.TokenFeatures[at] = (float)((tokens[t].SecondsPerKm - levels![b].Unplanned) / scaler.TargetScale);
                }
            }
        }

        var usual = levels is { Count: > 0 } && levels[0].AskedUsual is not null;
        if (levels is not null && levels.Any(l => (l.AskedUsual is not null) != usual || (l.UnplannedUsual is not null) != usual))
        {
            throw new ArgumentException("Either every level or none carries the usual paces.", nameof(levels));
        }

        var slotWidth = PaceFeatures.Decoder.Count + (levels is null ? 0 : usual ? 2 : 1);
        var slots = new float[batch.Size * slotWidth];
        float[]? targets = batch.Targets is null ? null : new float[batch.Size];
        var unplanned = levels is null ? null : new float[batch.Size];
        var shifts = levels is null ? null : new float[batch.Size];
        var usualGaps = usual ? new float[batch.Size] : null;
        for (var b = 0; b < batch.Size; b++)
        {
            Array.Copy(batch.DecoderFeatures, b * PaceFeatures.Decoder.Count, slots, b * slotWidth, PaceFeatures.Decoder.Count);
            if (levels is not null)
            {
                slots[(b * slotWidth) + LevelColumn] = (float)scaler.ScaleTarget(levels[b].Asked);
                unplanned![b] = (float)scaler.ScaleTarget(levels[b].Unplanned);
                shifts![b] = (float)((levels[b].Asked - levels[b].Unplanned) / scaler.TargetScale);
                if (usual)
                {
                    slots[(b * slotWidth) + UsualColumn] = (float)((levels[b].AskedUsual!.Value - levels[b].Asked) / scaler.TargetScale);
                    usualGaps![b] = (float)((levels[b].UnplannedUsual!.Value - levels[b].Unplanned) / scaler.TargetScale);
                }
            }

            if (targets is not null)
            {
                targets[b] = levels is null
                    ? batch.Targets![b]
                    : (float)((samples[b].TargetSecondsPerKm - levels[b].Asked) / scaler.TargetScale);
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
            full([batch.Size], (float)scaler.TargetScale),
            unplanned is null ? null : tensor(unplanned, [batch.Size]),
            shifts is null ? null : tensor(shifts, [batch.Size]),
            usualGaps is null ? null : tensor(usualGaps, [batch.Size]));
    }

    /// <summary>The rows of every part, in order (one runner's after another's); all parts need targets.</summary>
    public static PaceTensors Concatenate(IReadOnlyList<PaceTensors> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0 || parts.Any(p => p.Targets is null))
        {
            throw new ArgumentException("Only one or more parts with targets are concatenated.", nameof(parts));
        }

        if (parts.Select(p => p.UnplannedLevels is null).Distinct().Count() > 1 || parts.Select(p => p.UnplannedUsualGaps is null).Distinct().Count() > 1)
        {
            throw new ArgumentException("Parts with and without levels or usual paces do not mix.", nameof(parts));
        }

        return new PaceTensors(
            parts.Sum(p => p.Size),
            cat([.. parts.Select(p => p.Tokens)], 0),
            cat([.. parts.Select(p => p.WorkoutTypes)], 0),
            cat([.. parts.Select(p => p.Mask)], 0),
            cat([.. parts.Select(p => p.Slots)], 0),
            cat([.. parts.Select(p => p.PlannedTypes)], 0),
            cat([.. parts.Select(p => p.Targets!)], 0),
            cat([.. parts.Select(p => p.TargetScales)], 0),
            parts[0].UnplannedLevels is null ? null : cat([.. parts.Select(p => p.UnplannedLevels!)], 0),
            parts[0].LevelShifts is null ? null : cat([.. parts.Select(p => p.LevelShifts!)], 0),
            parts[0].UnplannedUsualGaps is null ? null : cat([.. parts.Select(p => p.UnplannedUsualGaps!)], 0));
    }

    /// <summary>
    /// The rows <paramref name="rows"/> (all when null), with the plan removed where <paramref name="drop"/> is
    /// true: planned distance and its flag 0, planned type "nothing planned", the level input and the target
    /// moved to the unplanned level: exactly what an unconditioned question carries.
    /// </summary>
    public PaceQuestions Questions(Tensor? rows, Tensor drop)
    {
        var slots = Pick(Slots);
        var planColumns = zeros([1, slots.shape[1]]);
        planColumns[0, PaceFeatures.Decoder.PlannedDistanceKm] = tensor(1f);
        planColumns[0, PaceFeatures.Decoder.PlannedKnown] = tensor(1f);
        var dropped = drop.to_type(ScalarType.Float32);
        slots = slots * (1 - (planColumns * dropped.unsqueeze(1)));
        var targets = Targets is null ? null : Pick(Targets);
        if (UnplannedLevels is not null)
        {
            var level = slots.narrow(1, LevelColumn, 1).squeeze(1);
            var levelColumn = where(drop, Pick(UnplannedLevels), level).unsqueeze(1);
            Tensor[] moved = UnplannedUsualGaps is null
                ? [levelColumn]
                : [levelColumn, where(drop, Pick(UnplannedUsualGaps), slots.narrow(1, UsualColumn, 1).squeeze(1)).unsqueeze(1)];
            var after = LevelColumn + moved.Length;
            slots = cat([slots.narrow(1, 0, LevelColumn), .. moved, slots.narrow(1, after, slots.shape[1] - after)], 1);
            targets = targets is null ? null : targets + (Pick(LevelShifts!) * dropped);
        }

        var types = where(drop, full_like(Pick(PlannedTypes), PaceFeatures.PlannedTypeUnknown), Pick(PlannedTypes));
        return new PaceQuestions(Pick(Tokens), Pick(WorkoutTypes), Pick(Mask), slots, types, targets, Pick(TargetScales));

        Tensor Pick(Tensor all) => rows is null ? all : all.index_select(0, rows);
    }

    /// <summary>Every row as it was built: with its plan.</summary>
    public PaceQuestions AsBuilt() => new(Tokens, WorkoutTypes, Mask, Slots, PlannedTypes, Targets, TargetScales);

    /// <summary>Every row without its plan (the unconditioned question).</summary>
    public PaceQuestions WithoutPlans() => Questions(null, ones(Size, dtype: ScalarType.Bool));

    public void Dispose()
    {
        Tokens.Dispose();
        WorkoutTypes.Dispose();
        Mask.Dispose();
        Slots.Dispose();
        PlannedTypes.Dispose();
        Targets?.Dispose();
        TargetScales.Dispose();
        UnplannedLevels?.Dispose();
        LevelShifts?.Dispose();
        UnplannedUsualGaps?.Dispose();
    }
}

/// <summary>Rows of <see cref="PaceTensors"/> ready for the model: its five inputs, and the targets with their scales.</summary>
internal sealed record PaceQuestions(Tensor Tokens, Tensor WorkoutTypes, Tensor Mask, Tensor Slots, Tensor PlannedTypes, Tensor? Targets, Tensor TargetScales)
{
    public Tensor Ask(PaceTransformer model) => model.forward(Tokens, WorkoutTypes, Mask, Slots, PlannedTypes).squeeze(1);
}
