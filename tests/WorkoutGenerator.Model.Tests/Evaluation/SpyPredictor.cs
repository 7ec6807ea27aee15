using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction;

namespace WorkoutGenerator.Model.Tests.Evaluation;

/// <summary>Predicts a fixed pace and records what it was fitted on and what it was asked.</summary>
internal sealed class SpyPredictor(string name, double pace, List<SpyPredictor.Fitting> log) : IPacePredictor
{
    private Fitting? current;

    public string Name => name;

    public void Fit(PaceTrainingSet train, CancellationToken ct)
    {
        current = new Fitting(
            train.All.Max(s => s.StartUtc),
            train.History.Max(r => r.StartUtc),
            train.All.SelectMany(s => s.Past).Max(r => r.StartUtc),
            train.Train.Count,
            train.Validation.Count,
            FeatureScaler.Fit(train.All).ToJson(),
            []);
        log.Add(current);
    }

    public double PredictSecondsPerKm(PaceSample sample)
    {
        var fitting = current ?? throw new InvalidOperationException("Predicted before Fit.");
        fitting.Predicted.Add(sample.StartUtc);
        return pace;
    }

    internal sealed record Fitting(
        DateTimeOffset LatestSample,
        DateTimeOffset LatestHistoryRun,
        DateTimeOffset LatestPastRun,
        int Train,
        int Validation,
        string ScalerJson,
        List<DateTimeOffset> Predicted);
}
