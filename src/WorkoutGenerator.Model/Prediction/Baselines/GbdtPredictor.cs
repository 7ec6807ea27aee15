using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using WorkoutGenerator.Model.Features;

namespace WorkoutGenerator.Model.Prediction.Baselines;

/// <summary>
/// "gbdt": ML.NET FastTree regression on <see cref="FlatFeatures"/> (and, asked about a planned run, on the
/// planned type and distance too: <see cref="PlanAwareRegression"/>). Kept small (100 trees of 8 leaves, at
/// least 10 samples a leaf, one thread) because the back-test refits it every few weeks of the test period
/// on 2 cores, and a runner's few hundred samples would be memorised by anything bigger.
/// </summary>
public sealed class GbdtPredictor : IPacePredictor
{
    private readonly PlanAwareRegression _regression;

    public GbdtPredictor(int seed = 1) => _regression = new(PaceBaselines.Gbdt, (x, y, width) => FitTrees(x, y, width, seed));

    public string Name => PaceBaselines.Gbdt;

    public void Fit(PaceTrainingSet train, CancellationToken ct) => _regression.Fit(train, ct);

    public double PredictSecondsPerKm(PaceSample sample) => _regression.Predict(sample);

    private static Func<double[], double> FitTrees(IReadOnlyList<double[]> x, IReadOnlyList<double> y, int width, int seed)
    {
        var rows = x.Select((row, i) => new GbdtRow { Features = ToFloats(row), Label = (float)y[i] }).ToList();

        // The row's width is the feature set's (with or without the plan), so it is set on the schema, not an attribute.
        var schema = SchemaDefinition.Create(typeof(GbdtRow));
        schema[nameof(GbdtRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
        {
            NumberOfTrees = 100,
            NumberOfLeaves = 8,
            MinimumExampleCountPerLeaf = Math.Max(2, Math.Min(10, rows.Count / 4)),
            LearningRate = 0.1,
            NumberOfThreads = 1,
            Seed = seed,
        });
        var engine = ml.Model.CreatePredictionEngine<GbdtRow, GbdtScore>(trainer.Fit(data), inputSchemaDefinition: schema);
        return row => engine.Predict(new GbdtRow { Features = ToFloats(row) }).Score;
    }

    private static float[] ToFloats(double[] row) => row.Select(v => (float)v).ToArray();

    /// <summary>ML.NET binds rows by reflection, so these are plain settable properties.</summary>
    private sealed class GbdtRow
    {
        public float[] Features { get; set; } = [];

        public float Label { get; set; }
    }

    private sealed class GbdtScore
    {
        public float Score { get; set; }
    }
}
