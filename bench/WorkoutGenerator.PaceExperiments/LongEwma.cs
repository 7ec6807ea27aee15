using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Model.Prediction.Baselines;
using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.PaceExperiments;

/// <summary>
/// The Transformer's level with <see cref="LevelUse.SeasonalHalfLives"/> as a model of its own, under its own name:
/// the runner's <c>ewma</c> with half-lives up to about two and a half years besides the baseline's 2-112 days.
/// </summary>
internal sealed class LongEwma : IPacePredictor
{
    public const string ModelName = "ewma_long";

    private readonly EwmaPredictor _level = new LevelUse(ByPlannedType: true, RelativeTokens: false, SeasonalHalfLives: true).NewLevel();

    public string Name => ModelName;

    public void Fit(PaceTrainingSet train, CancellationToken ct) => _level.Fit(train, ct);

    public double PredictSecondsPerKm(PaceSample sample) => _level.PredictSecondsPerKm(sample);
}
