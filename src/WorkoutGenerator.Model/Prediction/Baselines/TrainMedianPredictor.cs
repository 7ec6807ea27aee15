using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Model.Features;

namespace WorkoutGenerator.Model.Prediction.Baselines;

/// <summary>
/// "train_median": the median training pace for every slot; the floor any model must clear to be worth anything.
/// Asked about a planned run, the median of the training runs of the planned type, when there are at least
/// <see cref="PaceBaselines.MinRunsOfType"/> of them.
/// </summary>
public sealed class TrainMedianPredictor : IPacePredictor
{
    private readonly Dictionary<WorkoutType, double> _medianByType = [];
    private double? _median;

    public string Name => PaceBaselines.TrainMedian;

    public void Fit(PaceTrainingSet train, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(train);
        _median = RobustStatistics.Median(train.All.Select(s => s.TargetSecondsPerKm).ToList());
        _medianByType.Clear();
        foreach (var type in train.All.GroupBy(s => s.Target!.WorkoutType).Where(g => g.Count() >= PaceBaselines.MinRunsOfType))
        {
            _medianByType[type.Key] = RobustStatistics.Median(type.Select(s => s.TargetSecondsPerKm).ToList());
        }
    }

    public double PredictSecondsPerKm(PaceSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var overall = _median ?? throw new InvalidOperationException("train_median predicts only after Fit.");
        return sample.Slot.Planned is { } planned && _medianByType.TryGetValue(planned.Type, out var ofType) ? ofType : overall;
    }
}
