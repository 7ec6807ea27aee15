using WorkoutGenerator.Model.Features;

namespace WorkoutGenerator.Model.Prediction.Baselines;

/// <summary>"train_median": the median training pace for every slot; the floor any model must clear to be worth anything.</summary>
public sealed class TrainMedianPredictor : IPacePredictor
{
    private double? median;

    public string Name => PaceBaselines.TrainMedian;

    public void Fit(PaceTrainingSet train, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(train);
        median = RobustStatistics.Median(train.All.Select(s => s.TargetSecondsPerKm).ToList());
    }

    public double PredictSecondsPerKm(PaceSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return median ?? throw new InvalidOperationException("train_median predicts only after Fit.");
    }
}
