using WorkoutGenerator.Model.Prediction.Baselines;

namespace WorkoutGenerator.Model.Prediction;

/// <summary>The simple models every pace model has to beat, by their report names.</summary>
public static class PaceBaselines
{
    public const string LastPace = "last_pace";
    public const string WeekMean = "week_mean";
    public const string Ewma = "ewma";
    public const string Linear = "linear";
    public const string Gbdt = "gbdt";

    /// <summary>The training median for every run: the simplest guess of all.</summary>
    public const string TrainMedian = "train_median";

    /// <summary>The baselines the issue names.</summary>
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
        () => new EwmaPredictor(),
        () => new LinearPredictor(),
        () => new GbdtPredictor(seed),
    ];
}
