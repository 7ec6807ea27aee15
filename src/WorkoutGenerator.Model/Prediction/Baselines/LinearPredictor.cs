using WorkoutGenerator.Model.Features;

namespace WorkoutGenerator.Model.Prediction.Baselines;

/// <summary>
/// "linear": ridge regression of the target pace on <see cref="FlatFeatures"/> (and, asked about a planned run,
/// on the planned type and distance too: <see cref="PlanAwareRegression"/>). λ = 1 on standardised features
/// is fixed rather than tuned: with hundreds of samples it barely shrinks, and it keeps rare one-hot days
/// and near-collinear pace summaries (mean, last, fastest) from producing wild coefficients.
/// </summary>
public sealed class LinearPredictor : IPacePredictor
{
    public const double Lambda = 1.0;

    private readonly PlanAwareRegression _regression = new(PaceBaselines.Linear, (x, y, _) => RidgeRegression.Fit(x, y, Lambda).Predict);

    public string Name => PaceBaselines.Linear;

    public void Fit(PaceTrainingSet train, CancellationToken ct) => _regression.Fit(train, ct);

    public double PredictSecondsPerKm(PaceSample sample) => _regression.Predict(sample);
}
