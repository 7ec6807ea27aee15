using WorkoutGenerator.Model.Features;

namespace WorkoutGenerator.Model.Prediction;

/// <summary>
/// A pace model the back-test can refit and compare. <see cref="Fit"/> is called once on a fresh instance with
/// data from before the period it will predict; <see cref="PredictSecondsPerKm"/> then answers for samples
/// whose slot lies after everything it was fitted on. Its owner disposes it: a model may hold native memory
/// (libtorch's), which the garbage collector does not see; a baseline holds none and frees nothing.
/// </summary>
public interface IPacePredictor : IDisposable
{
    /// <summary>The stable name in reports and JSON, e.g. "ewma" or "transformer".</summary>
    string Name { get; }

    void Fit(PaceTrainingSet train, CancellationToken ct);

    double PredictSecondsPerKm(PaceSample sample);

    /// <summary>Nothing to free, unless the predictor holds native memory and says so with its own Dispose.</summary>
    void IDisposable.Dispose()
    {
    }
}
