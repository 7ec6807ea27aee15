using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.Services.Modeling;

public sealed partial class ModelService
{
    /// <summary>
    /// The pace of a run at <paramref name="atLocal"/> on the runner's wall clock in <paramref name="zone"/>
    /// (default: tomorrow at the time of day of the runner's last run). The range is the prediction ± the
    /// back-test's calibrated half-width, or the ensemble's spread before any back-test.
    /// </summary>
    public PredictionResult Predict(IReadOnlyList<Run> runs, IRunnerTimeZone zone, ModelStore store, DateTime? atLocal, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(store);
        var (loaded, metadata) = store.Load();
        using var predictor = loaded;
        var dataset = PaceDatasetBuilder.Build(runs.Localized(zone));
        if (dataset.History.Count == 0)
        {
            throw new UserFacingException("No runs to predict from. Import an export first: workoutgen import <path>");
        }

        var at = atLocal ?? DefaultSlot(dataset.History, zone);
        var sample = dataset.Query(zone.ToInstant(at), at)
            ?? throw new UserFacingException($"No run in the 7 days before {at:yyyy-MM-dd HH:mm}: the model predicts from the previous week's runs.");
        var members = predictor.PredictMembers(sample);
        var mean = members.Average();
        var backTest = metadata.LastBackTest;
        var calibrated = backTest?.RangeHalfWidthSecondsPerKm;
        var (low, high) = calibrated is { } width ? (mean - width, mean + width) : (members.Min(), members.Max());
        double? baseline = null;
        if (backTest is { TransformerBeatsBestBaseline: false, BestBaseline: { } name })
        {
            ct.ThrowIfCancellationRequested();
            baseline = PredictBaseline(name, dataset, sample, ct);
        }

        return new PredictionResult(
            at,
            mean,
            low,
            high,
            members,
            calibrated is null ? null : backTest!.RangeCoverage,
            backTest?.TransformerBeatsBestBaseline,
            backTest?.BestBaseline,
            baseline,
            backTest?.Models.FirstOrDefault(m => m.Name == TransformerPacePredictor.ModelName)?.MaeSecondsPerKm,
            backTest?.Models.FirstOrDefault(m => m.Name == backTest.BestBaseline)?.MaeSecondsPerKm);
    }

    private static double PredictBaseline(string name, PaceDataset dataset, PaceSample sample, CancellationToken ct) =>
        FitBaseline(name, dataset, ct).PredictSecondsPerKm(sample);

    /// <summary>The baseline called <paramref name="name"/>, fitted on every sample of the runner's history.</summary>
    internal static IPacePredictor FitBaseline(string name, PaceDataset dataset, CancellationToken ct)
    {
        var model = PaceBaselines.Factories().Select(f => f()).FirstOrDefault(m => m.Name == name)
            ?? throw new UserFacingException($"the saved back-test names \"{name}\", which is not one of the baselines ({string.Join(", ", PaceBaselines.ToBeat)}); run workoutgen evaluate again.");
        model.Fit(new PaceTrainingSet(dataset.Samples, [], dataset.History), ct);
        return model;
    }

    private DateTime DefaultSlot(IReadOnlyList<Run> history, IRunnerTimeZone zone)
    {
        var today = zone.ToLocal(_time.GetUtcNow()).Date;
        var timeOfDay = history.LastOrDefault(r => r.StartLocal is { } local && local.TimeOfDay != PaceFeatures.HiddenTimeOfDay)?.StartLocal!.Value.TimeOfDay
            ?? TimeSpan.FromHours(7);
        return today.AddDays(1) + timeOfDay;
    }
}
