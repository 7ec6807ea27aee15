using WorkoutGenerator.Model.Prediction.Baselines;

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
/// <param name="SeasonalHalfLives">
/// The level's half-life may also be 224, 448 or 896 days besides the <c>ewma</c> baseline's 2 to 112, chosen per
/// runner on the training runs as the baseline chooses its own: a runner whose paces scatter around a level that
/// holds for seasons (where the training median beats a 112-day <c>ewma</c>) is then measured from a level that
/// averages over them, rather than from one that follows the last weeks' scatter.
/// </param>
/// <param name="UsualPace">
/// The decoder also reads the runner's usual pace for the question (<see cref="Transformer.UsualPace"/>: the median
/// of up to the last 200 runs of the planned type, or of all types without a plan) as its distance from the level,
/// one more slot feature. The level follows the last weeks; the usual pace is what the runner has run for a season
/// or more, and the per-type median beats the level on runners whose paces scatter around a steady one. Given both,
/// the network can learn across runners how far to trust each, as a shrinkage of a noisy recent mean towards a
/// long-run one (James and Stein 1961; Efron and Morris 1975), rather than one base being chosen for all.
/// </param>
public sealed record LevelUse(bool ByPlannedType, bool RelativeTokens, bool SeasonalHalfLives = false, bool UsualPace = false)
{
    /// <summary>The half-lives added by <see cref="SeasonalHalfLives"/>: about seven months to two and a half years.</summary>
    public static IReadOnlyList<double> SeasonalHalfLivesDays { get; } = [224, 448, 896];

    /// <summary>The runner's level for every question, tokens from the median: every model and pre-trained file made before the choice existed.</summary>
    public static LevelUse RunnersLevel { get; } = new(false, false);

    /// <summary>The planned type's level for planned questions, tokens as before: chosen on the leave-runners-out table (docs/pace-transformer.md).</summary>
    public static LevelUse Default { get; } = new(true, false);

    /// <summary>The slot features a residual model reads besides the decoder's own: the level, and the usual pace when used.</summary>
    public int SlotFeatures => UsualPace ? 2 : 1;

    /// <summary>The level as an unfitted <c>ewma</c>, with the half-lives this use allows.</summary>
    public EwmaPredictor NewLevel() => new(
        byPlannedType: ByPlannedType,
        candidateHalfLivesDays: SeasonalHalfLives ? [.. EwmaPredictor.CandidateHalfLivesDays, .. SeasonalHalfLivesDays] : null);
}
