using WorkoutGenerator.Model.Features;

namespace WorkoutGenerator.Model.Prediction.Baselines;

/// <summary>
/// "linear": ridge regression of the target pace on <see cref="FlatFeatures"/>. λ = 1 on standardised features
/// is fixed rather than tuned: with hundreds of samples it barely shrinks, and it keeps rare one-hot days
/// and near-collinear pace summaries (mean, last, fastest) from producing wild coefficients.
/// </summary>
public sealed class LinearPredictor : IPacePredictor
{
    public const double Lambda = 1.0;

    private ColumnImputer? imputer;
    private RidgeRegression? regression;

    public string Name => PaceBaselines.Linear;

    public void Fit(PaceTrainingSet train, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(train);
        var rows = train.All.Select(FlatFeatures.Of).ToList();
        imputer = new ColumnImputer(rows, FlatFeatures.Count);
        regression = RidgeRegression.Fit(rows.Select(imputer.Fill).ToList(), train.All.Select(s => s.TargetSecondsPerKm).ToList(), Lambda);
    }

    public double PredictSecondsPerKm(PaceSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (imputer is null || regression is null)
        {
            throw new InvalidOperationException("linear predicts only after Fit.");
        }

        return regression.Predict(imputer.Fill(FlatFeatures.Of(sample)));
    }
}
