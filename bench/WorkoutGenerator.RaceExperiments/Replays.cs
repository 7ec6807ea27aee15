using WorkoutGenerator.Domain.Fitness;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.RaceExperiments;

/// <summary>One past race to predict <see cref="WeeksOut"/> weeks before it, from <see cref="Before"/> (the runs strictly before <see cref="AsOf"/>).</summary>
internal sealed record RaceEntry(Runner Runner, string RunId, DateOnly RaceDate, RaceDistance Race, Duration Actual, int WeeksOut, DateOnly AsOf, IReadOnlyList<Run> Before);

/// <summary>Every past race of every runner at both horizons, and each method's predictions of them.</summary>
internal sealed class Replays
{
    public Replays(IReadOnlyList<Runner> runners)
    {
        var races = new List<RaceEntry>();
        foreach (var runner in runners)
        {
            // The Domain's own back-test decides which races count and what a method may see; a spy method records it.
            var spy = new Recorder();
            var replays = RaceBackTest.Run(runner.Runs, [spy]);
            races.AddRange(replays.Select((r, i) => new RaceEntry(runner, r.RunId, r.RaceDate, r.Race, r.Actual, r.WeeksOut, spy.Seen[i].AsOf, spy.Seen[i].Runs)));
        }

        Races = races;
    }

    public IReadOnlyList<RaceEntry> Races { get; }

    /// <summary>Per race: Daniels' time at the estimate's VDOT and the marathon readiness, before bias and marathon penalty.</summary>
    public Dictionary<RaceEntry, (Duration Daniels, double? Readiness)?> Fitness(FitnessCalibration calibration) => Races.ToDictionary(
        e => e,
        e => FitnessEstimator.Estimate(e.Before, e.AsOf, calibration) is { } fitness
            ? RaceForecaster.Forecast(fitness, e.Race, calibration) is var f ? (f.Time, f.MarathonReadiness) : null
            : ((Duration, double?)?)null);

    /// <summary>Per race: the method's error (predicted / actual - 1), null where it had no answer.</summary>
    public Dictionary<RaceEntry, double?> Method(IRaceMethod method) => Races.ToDictionary(
        e => e,
        e => method.Predict(e.Before, e.AsOf, e.Race) is { } p ? (p / e.Actual) - 1 : (double?)null);

    private sealed class Recorder : IRaceMethod
    {
        public List<(DateOnly AsOf, IReadOnlyList<Run> Runs)> Seen { get; } = [];

        public string Name => "recorder";

        public Duration? Predict(IReadOnlyList<Run> before, DateOnly asOf, RaceDistance race)
        {
            Seen.Add((asOf, before));
            return null;
        }
    }
}
