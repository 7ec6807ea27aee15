using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Model.Prediction.Baselines;

namespace WorkoutGenerator.PaceExperiments;

/// <summary>
/// A candidate base for the question with the plan known, measured here before any network is built on it: the
/// planned type's <c>ewma</c> level (the shipped base, with <c>ewma</c>'s own fitted half-lives) moved by the
/// planned distance against that type's recent distances, pace ∝ distance^k (Riegel 1981: time ∝ distance^1.06, so
/// pace ∝ distance^0.06 at one effort). The type's recent distance is the same half-life's weighted mean of ln
/// distance over the type's runs. A 30 km long run of a runner whose long runs are 20 km then starts from a slower
/// level than the type's mean. Without a plan, or with fewer than <see cref="PaceBaselines.MinRunsOfType"/> runs of the
/// type, it answers as <c>ewma</c>.
/// </summary>
/// <param name="exponent">A fixed k; null chooses k per runner on the training samples' planned questions (as a half-life is).</param>
internal sealed class RiegelEwma(double? exponent) : IPacePredictor
{
    /// <summary>The exponents a runner may choose among: none, half of Riegel's, Riegel's, and steeper.</summary>
    private static readonly double[] Candidates = [0, 0.03, 0.06, 0.1, 0.15];
    private readonly EwmaPredictor _ewma = new(byPlannedType: true);
    private double _k = exponent ?? 0.06;

    public string Name => exponent is { } k ? FormattableString.Invariant($"ewma_riegel_{k:0.00}") : "ewma_riegel_chosen";

    public void Fit(PaceTrainingSet train, CancellationToken ct)
    {
        _ewma.Fit(train, ct);
        if (exponent is not null)
        {
            return;
        }

        var best = double.PositiveInfinity;
        foreach (var k in Candidates)
        {
            var error = train.All.Average(s => Math.Abs(Answer(Planned(s), k) - s.TargetSecondsPerKm));
            if (error < best)
            {
                best = error;
                _k = k;
            }
        }
    }

    public double PredictSecondsPerKm(PaceSample sample) => Answer(sample, _k);

    /// <summary>The sample asked with its own run as the plan, as training asks the conditioned question.</summary>
    private static PaceSample Planned(PaceSample sample) => sample.Slot.Planned is not null || sample.Target is null ? sample : sample.WithPlanFromTarget();

    private double Answer(PaceSample sample, double k)
    {
        var level = _ewma.PredictSecondsPerKm(sample);
        if (sample.Slot.Planned is not { } planned || k == 0)
        {
            return level;
        }

        var halfLife = _ewma.TypeHalfLifeDays!.Value;
        double sum = 0, weight = 0;
        var count = 0;
        foreach (var run in sample.Past)
        {
            if (run.WorkoutType != planned.Type || run.Distance.Meters <= 0)
            {
                continue;
            }

            var w = Math.Pow(0.5, (sample.StartUtc - run.StartUtc).TotalDays / halfLife);
            sum += w * Math.Log(run.Distance.Meters);
            weight += w;
            count++;
        }

        if (count < PaceBaselines.MinRunsOfType || planned.Distance.Meters <= 0)
        {
            return level;
        }

        return level * Math.Exp(k * (Math.Log(planned.Distance.Meters) - (sum / weight)));
    }
}
