using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using WorkoutGenerator.Model.Features;

namespace WorkoutGenerator.Model.Prediction.Baselines;

/// <summary>
/// "gbdt": ML.NET FastTree regression on <see cref="FlatFeatures"/>. Kept small (100 trees of 8 leaves, at
/// least 10 samples a leaf, one thread) because the back-test refits it every few weeks of the test period
/// on 2 cores, and a runner's few hundred samples would be memorised by anything bigger.
/// </summary>
public sealed class GbdtPredictor : IPacePredictor
{
    private readonly int seed;
    private ColumnImputer? imputer;
    private PredictionEngine<GbdtRow, GbdtScore>? engine;

    public GbdtPredictor(int seed = 1) => this.seed = seed;

    public string Name => PaceBaselines.Gbdt;

    public void Fit(PaceTrainingSet train, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(train);
        var features = train.All.Select(FlatFeatures.Of).ToList();
        imputer = new ColumnImputer(features, FlatFeatures.Count);
        var rows = features.Select((row, i) => new GbdtRow
        {
            Features = ToFloats(imputer.Fill(row)),
            Label = (float)train.All[i].TargetSecondsPerKm,
        }).ToList();

        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var trainer = ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
        {
            NumberOfTrees = 100,
            NumberOfLeaves = 8,
            MinimumExampleCountPerLeaf = Math.Max(2, Math.Min(10, rows.Count / 4)),
            LearningRate = 0.1,
            NumberOfThreads = 1,
            Seed = seed,
        });
        ct.ThrowIfCancellationRequested();
        var model = trainer.Fit(data);
        engine = ml.Model.CreatePredictionEngine<GbdtRow, GbdtScore>(model);
    }

    public double PredictSecondsPerKm(PaceSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (imputer is null || engine is null)
        {
            throw new InvalidOperationException("gbdt predicts only after Fit.");
        }

        return engine.Predict(new GbdtRow { Features = ToFloats(imputer.Fill(FlatFeatures.Of(sample))) }).Score;
    }

    private static float[] ToFloats(double[] row) => row.Select(v => (float)v).ToArray();

    /// <summary>ML.NET binds rows by reflection, so these are plain settable properties.</summary>
    private sealed class GbdtRow
    {
        [VectorType(FlatFeatures.Count)]
        public float[] Features { get; set; } = [];

        public float Label { get; set; }
    }

    private sealed class GbdtScore
    {
        public float Score { get; set; }
    }
}
