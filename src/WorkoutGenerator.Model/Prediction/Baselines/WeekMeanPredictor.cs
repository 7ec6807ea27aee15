using WorkoutGenerator.Model.Features;

namespace WorkoutGenerator.Model.Prediction.Baselines;

/// <summary>"week_mean": the mean pace of every run in the 7 days before the slot (not capped at 14).</summary>
public sealed class WeekMeanPredictor : IPacePredictor
{
    public string Name => PaceBaselines.WeekMean;

    public void Fit(PaceTrainingSet train, CancellationToken ct) => ArgumentNullException.ThrowIfNull(train);

    public double PredictSecondsPerKm(PaceSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return sample.Window.Average(r => r.Pace.SecondsPerKilometer);
    }
}
