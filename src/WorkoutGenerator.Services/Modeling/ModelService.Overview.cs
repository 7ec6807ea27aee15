using WorkoutGenerator.Model.Evaluation;
using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.Services.Modeling;

public sealed partial class ModelService
{
    /// <summary>
    /// The model as the dashboard shows it, read from <paramref name="store"/> without loading the weights. A damaged
    /// or foreign model is a <see cref="WorkoutGenerator.Domain.Errors.UserFacingException"/>, as everywhere else.
    /// </summary>
    public static ModelOverview Overview(ModelStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var metadata = store.ReadMetadata();
        var backTest = metadata?.LastBackTest;
        var samples = backTest is null ? null : store.ReadBackTestSamples(backTest);
        if (samples is null || samples.Samples.Count == 0)
        {
            return new ModelOverview(metadata, [], []);
        }

        var transformer = Index(samples, TransformerPacePredictor.ModelName);
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

    private static double? At(BackTestSample sample, int? model) => model is { } m ? sample.PredictedSecondsPerKm[m] : null;
}
