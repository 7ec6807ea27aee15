using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Planning.Stages;

/// <summary>
/// A race the runner is owed recovery for: a run of 10 km or more (9.5 km for a short-measured course) marked as a
/// race, or run at race level, at 95% or more of the best VDOT of the year before it (a time trial or an unmarked race
/// takes as much out of the legs as a marked one) and at least 8% faster than the median pace of the runner's runs of
/// the 8 weeks before it (the VDOT formula also rates an easy long run highly: it assumes a race effort).
/// </summary>
public static class RaceEffort
{
    public static readonly Distance Minimum = Distance.FromKilometers(9.5);
    public const double RaceLevel = 0.95;
    public const double FasterThanUsual = 0.92;

    /// <summary>The latest such race in the <paramref name="days"/> days before <paramref name="before"/>, or null.</summary>
    public static Run? Latest(IReadOnlyList<Run> history, DateOnly before, int days)
    {
        ArgumentNullException.ThrowIfNull(history);
        var runs = history.Where(run => !PlannedRun.IsPlanned(run) && Day(run) < before).ToList();
        foreach (var run in runs.Where(run => Day(run) >= before.AddDays(-days) && run.Distance >= Minimum && Timed(run)).OrderByDescending(Day))
        {
            if (run.WorkoutType == WorkoutType.Race || run.StravaWorkoutType == 1)
            {
                return run;
            }

            var usual = runs.Where(other => Day(other) < Day(run) && Day(other) >= Day(run).AddDays(-56) && other.Distance >= Effort.MinimumDistance).Select(other => other.Pace.SecondsPerMeter).Order().ToList();
            if (usual.Count == 0 || run.Pace.SecondsPerMeter > FasterThanUsual * Quantiles.Of(usual, 0.5))
            {
                continue;
            }

            var year = runs.Where(other => Day(other) < Day(run) && Day(other) >= Day(run).AddDays(-365) && other.Distance >= Effort.MinimumDistance && Timed(other)).ToList();
            if (year.Count > 0 && Vdot.Of(run.Distance, run.MovingTime) >= RaceLevel * year.Max(other => Vdot.Of(other.Distance, other.MovingTime)))
            {
                return run;
            }
        }

        return null;
    }

    private static bool Timed(Run run) => run.MovingTime >= Vdot.ShortestEffort && run.MovingTime <= Vdot.LongestEffort;

    private static DateOnly Day(Run run) => DateOnly.FromDateTime(run.WallClockStart());
}
