using WorkoutGenerator.Model.Features;

namespace WorkoutGenerator.Model.Prediction.Baselines;

/// <summary>"last_pace": the pace of the most recent run before the slot.</summary>
public sealed class LastPacePredictor : IPacePredictor
{
    public string Name => PaceBaselines.LastPace;

    public void Fit(PaceTrainingSet train, CancellationToken ct) => ArgumentNullException.ThrowIfNull(train);

    public double PredictSecondsPerKm(PaceSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return sample.Past[^1].Pace.SecondsPerKilometer;
    }
}
