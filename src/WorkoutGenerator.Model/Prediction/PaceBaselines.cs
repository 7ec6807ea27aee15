using WorkoutGenerator.Model.Prediction.Baselines;

namespace WorkoutGenerator.Model.Prediction;

/// <summary>
/// The simple models every pace model has to beat, by their report names. Each answers both questions of the
/// back-test from one fit: without a plan (the type follows from the pace) and, when the sample's slot carries the
/// planned type and distance, with them where it can use them (<c>train_median</c> and <c>ewma</c> per planned type,
/// <c>linear</c> and <c>gbdt</c> with the plan as features). <c>last_pace</c> and <c>week_mean</c> answer the same
/// in both: they are defined by recency, and a week holds too few runs of any one type to filter on.
/// </summary>
public static class PaceBaselines
{
    public const string LastPace = "last_pace";
    public const string WeekMean = "week_mean";
    public const string Ewma = "ewma";
    public const string Linear = "linear";
    public const string Gbdt = "gbdt";

    /// <summary>The training median for every run: the simplest guess of all.</summary>
    public const string TrainMedian = "train_median";

    /// <summary>
    /// A per-type answer (<c>train_median</c>, <c>ewma</c>) needs at least this many earlier runs of the planned
    /// type, else it falls back to the unconditioned answer. Five is the smallest sample whose median two odd runs
    /// cannot move (a race in the heat, a mislabelled session: breakdown point 2/5), and it keeps rare types (most
    /// runners race a few times a year) from being priced on one or two old runs.
    /// </summary>
    public const int MinRunsOfType = 5;

    /// <summary>The simple models every pace model is compared with.</summary>
    public static IReadOnlyList<string> Names { get; } = [LastPace, WeekMean, Ewma, Linear, Gbdt];

    /// <summary>
    /// What a model must beat to earn its place: the named baselines and the training median too. A model that
    /// cannot beat a constant guess has not earned it, and the reference study found the median within 4 % of the
    /// best baseline, so it does win now and then. "Best baseline" means the best of these.
    /// </summary>
    public static IReadOnlyList<string> ToBeat { get; } = [TrainMedian, .. Names];

    /// <summary>One factory per baseline plus <see cref="TrainMedian"/>, each making a fresh, unfitted model.</summary>
    public static IReadOnlyList<Func<IPacePredictor>> Factories(int seed = 1) =>
    [
        () => new TrainMedianPredictor(),
        () => new LastPacePredictor(),
        () => new WeekMeanPredictor(),
        () => new EwmaPredictor(byPlannedType: true),
        () => new LinearPredictor(),
        () => new GbdtPredictor(seed),
    ];
}
