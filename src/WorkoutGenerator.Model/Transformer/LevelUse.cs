namespace WorkoutGenerator.Model.Transformer;

/// <summary>
/// How a residual model uses the runner's <c>ewma</c> level besides predicting the distance from it.
/// </summary>
/// <param name="ByPlannedType">
/// A question about a planned run is measured from the planned type's own level (when the runner has enough runs of
/// that type), the level the plan-aware baselines use; without a plan, from the runner's.
/// </param>
/// <param name="RelativeTokens">
/// Each past run's pace reaches the encoder as its distance from the runner's level (in the target's scale) rather
/// than from the training part's median: a runner whose level moved far from their history's middle then asks the
/// model the same kind of question as one whose level did not.
/// </param>
public sealed record LevelUse(bool ByPlannedType, bool RelativeTokens)
{
    /// <summary>The runner's level for every question, tokens from the median: every model and pre-trained file made before the choice existed.</summary>
    public static LevelUse RunnersLevel { get; } = new(false, false);

    /// <summary>The planned type's level for planned questions, tokens as before: chosen on the leave-runners-out table (docs/pace-transformer.md).</summary>
    public static LevelUse Default { get; } = new(true, false);
}
