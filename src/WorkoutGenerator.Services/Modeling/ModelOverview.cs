using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Model.Evaluation;
using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.Services.Modeling;

/// <summary>
/// What a database's model is and how it did: when it was trained and on what, its last back-test's scores,
/// each model's error per workout type, and the test runs' actual pace beside the transformer's and the best
/// baseline's predictions.
/// </summary>
/// <param name="Metadata">Null when nothing was trained or back-tested yet.</param>
/// <param name="ByWorkoutType">Every back-tested model's error per workout type of the test runs; empty without stored samples.</param>
/// <param name="Points">The test runs, oldest first; empty when the back-test's samples are not stored (one made before they were).</param>
public sealed record ModelOverview(
    ModelMetadata? Metadata,
    IReadOnlyList<WorkoutTypeError> ByWorkoutType,
    IReadOnlyList<BackTestPoint> Points)
{
    /// <summary>The Transformer's name among a back-test's models (<see cref="ModelError.Name"/>), beside the baselines'.</summary>
    public const string TransformerName = TransformerPacePredictor.ModelName;

    public BackTestSummary? BackTest => Metadata?.LastBackTest;

    /// <summary>Which model paces the runner's workouts by the last back-test, per question when they differ; null without a back-test.</summary>
    public string? Pacing { get; init; }

    /// <summary>
    /// The model as the dashboard shows it, read from <paramref name="store"/> without loading the weights. A damaged
    /// or foreign model is a <see cref="WorkoutGenerator.Domain.Errors.UserFacingException"/>, as everywhere else.
    /// </summary>
    internal static ModelOverview Of(ModelStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var metadata = store.ReadMetadata();
        var backTest = metadata?.LastBackTest;
        var samples = backTest is null ? null : BackTestSamplesFile.Read(store, backTest);
        if (samples is null || samples.Samples.Count == 0)
        {
            return new ModelOverview(metadata, [], []);
        }

        var transformer = Index(samples, TransformerName);
        var baseline = backTest!.BestBaseline is { } best ? Index(samples, best) : null;
        var points = samples.Samples
            .Select(s => new BackTestPoint(s.StartUtc, s.WorkoutType, s.ActualSecondsPerKm, At(s, transformer), At(s, baseline)))
            .ToList();
        var byType = samples.Models
            .SelectMany((model, m) => samples.Samples
                .GroupBy(s => s.WorkoutType)
                .OrderBy(g => g.Key)
                .Select(g => new WorkoutTypeError(
                    model,
                    g.Key,
                    g.Count(),
                    ErrorMetrics.Of([.. g.Select(s => s.PredictedSecondsPerKm[m])], [.. g.Select(s => s.ActualSecondsPerKm)]).MaeSecondsPerKm)))
            .ToList();
        return new ModelOverview(metadata, byType, points);
    }

    private static int? Index(BackTestSamples samples, string model) =>
        samples.Models.Select((name, i) => (name, i)).Where(p => p.name == model).Select(p => (int?)p.i).FirstOrDefault();

    private static double? At(BackTestPrediction sample, int? model) => model is { } m ? sample.PredictedSecondsPerKm[m] : null;
}

/// <summary>A model's mean absolute error over the <see cref="Count"/> test runs of one workout type.</summary>
public sealed record WorkoutTypeError(string Model, WorkoutType WorkoutType, int Count, double MaeSecondsPerKm);

/// <summary>One test run: its actual pace, the transformer's prediction and the best baseline's (null when either did not run).</summary>
public sealed record BackTestPoint(DateTimeOffset StartUtc, WorkoutType WorkoutType, double ActualSecondsPerKm, double? TransformerSecondsPerKm, double? BestBaselineSecondsPerKm);
