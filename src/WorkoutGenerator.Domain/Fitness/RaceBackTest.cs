using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Fitness;

/// <summary>One past race predicted by one method from the runs before the prediction date.</summary>
public sealed record RaceReplay(string RunId, DateOnly RaceDate, RaceDistance Race, Duration Actual, int WeeksOut, string Method, Duration? Predicted)
{
    /// <summary>predicted / actual - 1: positive when the prediction was too slow. Null when the method had no answer.</summary>
    public double? Error => Predicted is { } p ? (p / Actual) - 1 : null;
}

/// <summary>
/// Replays every past race of a runner: each run marked as a race (<see cref="FitnessEstimator.IsRace"/>) whose
/// distance is a standard one (<see cref="RaceDistanceExtensions.Matching"/>: 2% under to 4% over) and whose moving
/// time Daniels' curve covers is predicted by each method from the runs strictly before the prediction date
/// (<c>weeks</c> x 7 days before the race day) and compared with its real moving time. Nothing from the prediction
/// date on is ever handed to a method, the race itself included.
/// </summary>
public static class RaceBackTest
{
    public static IReadOnlyList<int> DefaultWeeksOut { get; } = [4, 8];

    public static IReadOnlyList<Run> PastRaces(IReadOnlyList<Run> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history
            .Where(run => FitnessEstimator.IsRace(run) && !PlannedRun.IsPlanned(run) && RaceDistanceExtensions.Matching(run.Distance) is not null)
            .Where(run => run.MovingTime >= Vdot.ShortestEffort && run.MovingTime <= Vdot.LongestEffort)
            .OrderBy(run => run.WallClockStart())
            .ToList();
    }

    public static IReadOnlyList<RaceReplay> Run(IReadOnlyList<Run> history, IReadOnlyList<IRaceMethod> methods, IReadOnlyList<int>? weeksOut = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(methods);
        var ordered = history
            .Select(run => (Day: DateOnly.FromDateTime(run.WallClockStart()), Run: run))
            .OrderBy(x => x.Day)
            .ToList();
        var replays = new List<RaceReplay>();
        foreach (var race in PastRaces(history))
        {
            var raceDay = DateOnly.FromDateTime(race.WallClockStart());
            var kind = RaceDistanceExtensions.Matching(race.Distance)!.Value;
            foreach (var weeks in weeksOut ?? DefaultWeeksOut)
            {
                ct.ThrowIfCancellationRequested();
                var asOf = raceDay.AddDays(-7 * weeks);
                var before = ordered.TakeWhile(x => x.Day < asOf).Select(x => x.Run).ToList();
                foreach (var method in methods)
                {
                    replays.Add(new RaceReplay(race.Id, raceDay, kind, race.MovingTime, weeks, method.Name, method.Predict(before, asOf, kind)));
                }
            }
        }

        return replays;
    }
}
