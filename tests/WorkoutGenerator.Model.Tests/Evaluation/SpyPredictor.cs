using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction;

namespace WorkoutGenerator.Model.Tests.Evaluation;

/// <summary>
/// Predicts a fixed pace (<paramref name="plannedPace"/> when asked with a plan, if given) and records what it was
/// fitted on and what it was asked: <see cref="Fitting.Predicted"/> without a plan, <see cref="Fitting.Planned"/> with one.
/// </summary>
internal sealed class SpyPredictor(string name, double pace, List<SpyPredictor.Fitting> log, double? plannedPace = null) : IPacePredictor
{
    private Fitting? _current;

    public string Name => name;

    public void Fit(PaceTrainingSet train, CancellationToken ct)
    {
        _current = new Fitting(
            train.All.Max(s => s.StartUtc),
            train.History.Max(r => r.StartUtc),
            train.All.SelectMany(s => s.Past).Max(r => r.StartUtc),
            train.Train.Count,
            train.Validation.Count,
            FeatureScaler.Fit(train.All).ToJson(),
            [],
            []);
        log.Add(_current);
    }

    public double PredictSecondsPerKm(PaceSample sample)
    {
        var fitting = _current ?? throw new InvalidOperationException("Predicted before Fit.");
        if (sample.Slot.Planned is { } planned)
        {
            fitting.Planned.Add((sample.StartUtc, planned));
            return plannedPace ?? pace;
        }

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
        List<DateTimeOffset> Predicted,
        List<(DateTimeOffset StartUtc, PlanCondition Plan)> Planned);
}
