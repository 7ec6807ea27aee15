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

    /// <summary>A reference row, not a baseline to beat: the training median for every run.</summary>
    public const string TrainMedian = "train_median";

    /// <summary>The baselines the issue names; "best baseline" means the best of these.</summary>
    public static IReadOnlyList<string> Names { get; } = [LastPace, WeekMean, Ewma, Linear, Gbdt];

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
