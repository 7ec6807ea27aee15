using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Training;

/// <summary>A hard effort a race prediction can start from: a race, or one of the runner's fastest runs.</summary>
public sealed record Effort(Distance Distance, Duration Time, DateOnly Date, bool IsRace)
{
    public const int WeeksBack = 12;

    /// <summary>The shortest run a prediction starts from: shorter ones say more about speed than endurance.</summary>
    public static readonly Distance MinimumDistance = Distance.FromKilometers(3);

    /// <summary>
    /// Races (the classifier's <see cref="WorkoutType.Race"/> or Strava's workout_type 1) and the fastest tenth of
    /// runs of at least 3 km, of the <see cref="WeeksBack"/> weeks before <paramref name="asOf"/>. Only efforts the
    /// VDOT curve is fitted for (3.5 minutes to 5 hours) are kept.
    /// </summary>
    public static IReadOnlyList<Effort> FromRuns(IReadOnlyList<Run> history, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(history);
        var from = asOf.AddDays(-7 * WeeksBack);
        var recent = history
            .Where(run => DateOnly.FromDateTime(run.WallClockStart()) is var day && day >= from && day < asOf)
            .Where(run => run.Distance >= MinimumDistance && run.MovingTime >= Vdot.ShortestEffort && run.MovingTime <= Vdot.LongestEffort)
            .ToList();
        if (recent.Count == 0)
        {
            return [];
        }

        var fastest = Quantiles.Of(recent.Select(run => run.Pace.SecondsPerMeter).Order().ToList(), 0.10);
        return recent
            .Where(run => IsRaceRun(run) || run.Pace.SecondsPerMeter <= fastest)
            .Select(run => new Effort(run.Distance, run.MovingTime, DateOnly.FromDateTime(run.WallClockStart()), IsRaceRun(run)))
            .ToList();
    }

    private static bool IsRaceRun(Run run) => run.WorkoutType == WorkoutType.Race || run.StravaWorkoutType == 1;
}
