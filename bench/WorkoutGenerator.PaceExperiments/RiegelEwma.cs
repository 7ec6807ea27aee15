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

        // The level and the distance ratio do not depend on k: computed once per sample, each k scored from them.
        var parts = train.All.Select(s => (Parts: Parts(Planned(s)), Target: s.TargetSecondsPerKm)).ToList();
        var best = double.PositiveInfinity;
        foreach (var k in Candidates)
        {
            var error = parts.Average(p => Math.Abs(Answer(p.Parts, k) - p.Target));
            if (error < best)
            {
                best = error;
                _k = k;
            }
        }
    }

    public double PredictSecondsPerKm(PaceSample sample) => Answer(Parts(sample), _k);

    /// <summary>The sample asked with its own run as the plan, as training asks the conditioned question.</summary>
    private static PaceSample Planned(PaceSample sample) => sample.Slot.Planned is not null || sample.Target is null ? sample : sample.WithPlanFromTarget();

    private static double Answer((double Level, double? LnDistanceRatio) parts, double k) =>
        parts.LnDistanceRatio is { } ratio ? parts.Level * Math.Exp(k * ratio) : parts.Level;

    /// <summary>
    /// The type's level, and ln(planned distance / the type's recent distance) when the plan names a distance and the
    /// runner has enough runs of its type to have a recent one; null when the level answers unmoved.
    /// </summary>
    private (double Level, double? LnDistanceRatio) Parts(PaceSample sample)
    {
        var level = _ewma.PredictSecondsPerKm(sample);
        if (sample.Slot.Planned is not { } planned || planned.Distance.Meters <= 0)
        {
            return (level, null);
        }

        var (recent, count) = PastMean.Of(
            sample, _ewma.TypeHalfLifeDays!.Value, run => run.WorkoutType == planned.Type && run.Distance.Meters > 0, run => Math.Log(run.Distance.Meters));
        return count < PaceBaselines.MinRunsOfType || double.IsNaN(recent) ? (level, null) : (level, Math.Log(planned.Distance.Meters) - recent);
    }
}
