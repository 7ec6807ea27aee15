using WorkoutGenerator.Model.Features;

namespace WorkoutGenerator.Model.Prediction;

/// <summary>
/// A pace model the back-test can refit and compare. <see cref="Fit"/> is called once on a fresh instance with
/// data from before the period it will predict; <see cref="PredictSecondsPerKm"/> then answers for samples
/// whose slot lies after everything it was fitted on.
/// </summary>
public interface IPacePredictor
{
    /// <summary>The stable name in reports and JSON, e.g. "ewma" or "transformer".</summary>
    string Name { get; }

    void Fit(PaceTrainingSet train, CancellationToken ct);

    double PredictSecondsPerKm(PaceSample sample);
}
