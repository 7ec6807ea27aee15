using BenchmarkDotNet.Attributes;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Import.Strava;
using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Demo;

namespace WorkoutGenerator.Benchmarks;

/// <summary>
/// The seed-size Transformer on the demo athlete (two years, ~500 runs): one training epoch of one model (the
/// unit every train and back-test budget is counted in), and one prediction of a trained 3-model ensemble.
/// </summary>
public class TransformerBenchmarks
{
    private PaceTrainingSet _set = null!;
    private PaceSample _next = null!;
    private TransformerPacePredictor _trained = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Directory.CreateTempSubdirectory("workoutgen-bench-").FullName;
        try
        {
            var export = DemoAthlete.WriteExport(folder, new DemoAthleteOptions { Seed = 42, LastDay = new DateOnly(2026, 11, 25) });
            var runs = new WorkoutClassifier().Classify(new StravaExportReader().Read(export).Runs);
            var dataset = PaceDatasetBuilder.Build(runs);
            var validation = new Model.Evaluation.BackTestOptions().ValidationCount(dataset.Samples.Count);
            _set = new PaceTrainingSet([.. dataset.Samples.SkipLast(validation)], [.. dataset.Samples.TakeLast(validation)], dataset.History);
            _next = dataset.Query(dataset.History[^1].StartUtc.AddDays(1), null)!;
            _trained = new TransformerPacePredictor(new TransformerTrainingOptions { Epochs = 1 });
            _trained.Fit(_set, CancellationToken.None);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Benchmark]
    public int OneEpochSeedSize()
    {
        using var predictor = new TransformerPacePredictor(new TransformerTrainingOptions { Epochs = 1, EnsembleSize = 1 });
        return predictor.Train(_set, CancellationToken.None).Members[0].EpochsRun;
    }

    [Benchmark]
    public double PredictNextRunDefaultModel() => _trained.PredictSecondsPerKm(_next);

    [GlobalCleanup]
    public void Cleanup() => _trained.Dispose();
}
