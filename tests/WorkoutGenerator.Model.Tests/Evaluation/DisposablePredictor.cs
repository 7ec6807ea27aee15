using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction;

namespace WorkoutGenerator.Model.Tests.Evaluation;

/// <summary>A constant model that owns something to free, and records whether it was freed and when.</summary>
internal sealed class DisposablePredictor(List<DisposablePredictor> made) : IPacePredictor, IDisposable
{
    public string Name => "disposable";

    public bool Disposed { get; private set; }

    public int Predictions { get; private set; }

    public void Fit(PaceTrainingSet train, CancellationToken ct) => made.Add(this);

    public double PredictSecondsPerKm(PaceSample sample)
    {
        ObjectDisposedException.ThrowIf(Disposed, this);
        Predictions++;
        return 300;
    }

    public void Dispose() => Disposed = true;
}
