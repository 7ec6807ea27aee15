using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Model.Prediction.Baselines;

namespace WorkoutGenerator.PaceExperiments;

/// <summary>
/// A candidate level for the question without a plan, measured before any model is built on it: the runner's
/// <c>ewma</c> with half-lives up to about two and a half years besides the baseline's 2-112 days, so a runner
/// whose pace scatters around a steady level (where <c>train_median</c> beats <c>ewma</c>) gets a level that
/// averages over seasons. With a plan it answers as <c>ewma</c> does.
/// </summary>
internal sealed class LongEwma : IPacePredictor
{
    private static readonly double[] Candidates = [.. EwmaPredictor.CandidateHalfLivesDays, 224, 448, 896];
    private readonly EwmaPredictor _ewma = new(byPlannedType: true);
    private double _halfLife = 28;

    public string Name => "ewma_long";

    public void Fit(PaceTrainingSet train, CancellationToken ct)
    {
        _ewma.Fit(train, ct);
        var best = double.PositiveInfinity;
        foreach (var halfLife in Candidates)
        {
            var error = train.All.Average(s => Math.Abs(Level(s, halfLife) - s.TargetSecondsPerKm));
            if (error < best)
            {
                best = error;
                _halfLife = halfLife;
            }
        }
    }

    public double PredictSecondsPerKm(PaceSample sample) =>
        sample.Slot.Planned is null ? Level(sample, _halfLife) : _ewma.PredictSecondsPerKm(sample);

    private static double Level(PaceSample sample, double halfLife)
    {
        double sum = 0, weight = 0;
        foreach (var run in sample.Past)
        {
            var w = Math.Pow(0.5, (sample.StartUtc - run.StartUtc).TotalDays / halfLife);
            sum += w * run.Pace.SecondsPerKilometer;
            weight += w;
        }

        return sum / weight;
    }
}
