using System.Globalization;
using WorkoutGenerator.Domain.Fitness;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.RaceExperiments;

/// <summary>A calibration chosen on some runners: a grid point, the marathon penalty and the bias per distance.</summary>
internal sealed record Fit(FitnessCalibration Point, int Index, double Penalty, IReadOnlyDictionary<RaceDistance, double> Bias, double Objective)
{
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"AgeLossPerWeek {Point.AgeLossPerWeek}, EffortShare {Point.EffortShare}, TrainingShare {Point.TrainingShare}, MinimumEvidenceKilometers {Point.MinimumEvidenceKilometers}, LevelQuantile {Point.LevelQuantile}, HalfLifeWeeks {Point.HalfLifeWeeks}, DistanceAffinity {Point.DistanceAffinity}, MarathonShapePenalty {Penalty}, Bias {string.Join(", ", Bias.Select(b => $"{b.Key.Code()} {b.Value:0.0000}"))}; objective (mean of the per-distance median abs. error, 4 weeks out) {Objective:0.0000}");

    public FitnessCalibration ToCalibration(IReadOnlyDictionary<RaceDistance, (double Low, double High)> range) =>
        Point with { MarathonShapePenalty = Penalty, Bias = Bias, Range = range };
}

/// <summary>
/// Fits the fitness estimate's free constants on a set of runners: the grid point and marathon penalty with the
/// lowest mean (over distances) of the median absolute error 4 weeks out, each distance's bias being the median log
/// ratio actual / forecast on those runners.
/// </summary>
internal sealed class Calibration(Replays replays, IReadOnlyList<FitnessCalibration> grid, IReadOnlyList<Dictionary<RaceEntry, (Duration Daniels, double? Readiness)?>> points)
{
    public static readonly double[] Penalties = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4];

    private static readonly IReadOnlyDictionary<RaceDistance, double> NoBias = RaceDistanceExtensions.All.ToDictionary(d => d, _ => 0.0);

    public static IEnumerable<FitnessCalibration> Grid()
    {
        foreach (var age in new[] { 0.0 })
        {
            foreach (var effort in new[] { 0.99, 1.0 })
            {
                foreach (var quantile in new[] { 0.8, 0.9, 0.95 })
                {
                    foreach (var halfLife in new[] { 104.0, 208.0, 520.0 })
                    {
                        foreach (var affinity in new[] { 4.0, 8.0, 16.0 })
                        {
                            yield return FitnessCalibration.Default with
                            {
                                AgeLossPerWeek = age, EffortShare = effort, MinimumEvidenceKilometers = 4.8, LevelQuantile = quantile,
                                HalfLifeWeeks = halfLife, DistanceAffinity = affinity, MarathonShapePenalty = 0, Bias = NoBias,
                            };
                        }
                    }
                }
            }
        }
    }

    public Fit Fit(IReadOnlySet<string> corpusRunners)
    {
        Fit? best = null;
        for (var k = 0; k < grid.Count; k++)
        {
            foreach (var penalty in Penalties)
            {
                var bias = RaceDistanceExtensions.All.ToDictionary(d => d, d => BiasOf(k, penalty, d, corpusRunners));
                var fit = new Fit(grid[k], k, penalty, bias, 0);
                var objective = RaceDistanceExtensions.All
                    .Select(d => Errors(fit, e => e.Runner.Corpus && corpusRunners.Contains(e.Runner.Name) && e.WeeksOut == 4 && e.Race == d).Select(x => x.Error).OfType<double>().Select(Math.Abs).ToList())
                    .Where(errors => errors.Count >= 3)
                    .Select(Stats.Median)
                    .DefaultIfEmpty(double.PositiveInfinity)
                    .Average();
                if (best is null || objective < best.Objective)
                {
                    best = fit with { Objective = objective };
                }
            }
        }

        return best!;
    }

    public IEnumerable<(RaceEntry Entry, double? Error)> Errors(Fit fit, Func<RaceEntry, bool> which) =>
        replays.Races.Where(which).Select(e => (e, Predict(fit.Index, fit.Penalty, e) is { } p ? (p * (1 + fit.Bias[e.Race]) / e.Actual) - 1 : (double?)null));

    private double BiasOf(int k, double penalty, RaceDistance race, IReadOnlySet<string> runners)
    {
        var logs = replays.Races
            .Where(e => e.Runner.Corpus && runners.Contains(e.Runner.Name) && e.Race == race && e.WeeksOut == 4)
            .Select(e => Predict(k, penalty, e) is { } p ? Math.Log(e.Actual / p) : (double?)null)
            .OfType<double>()
            .ToList();
        return logs.Count < 3 ? 0 : Math.Exp(Stats.Median(logs)) - 1;
    }

    private Duration? Predict(int k, double penalty, RaceEntry e) => points[k][e] is { } x
        ? x.Daniels * (1 + (x.Readiness is { } r ? penalty * (1 - r) : 0))
        : null;
}
