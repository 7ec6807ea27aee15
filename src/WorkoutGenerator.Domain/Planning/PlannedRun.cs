using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;

namespace WorkoutGenerator.Domain.Planning;

/// <summary>
/// A planned workout seen as a run, so the next prediction of a rolled-forward plan sees it. It lives in memory
/// only and is never stored; <see cref="IsPlanned"/> tells it apart (its id starts with "planned:"). Its source is
/// the runner's own data, as the predictor must treat it like any past run for the roll-forward to mean anything.
/// </summary>
public static class PlannedRun
{
    public const string IdPrefix = "planned:";

    public static bool IsPlanned(Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Id.StartsWith(IdPrefix, StringComparison.Ordinal);
    }

    /// <summary>The workout as a run starting on the runner's wall clock, with its true UTC start through <paramref name="zone"/>.</summary>
    public static Run From(Workout workout, IRunnerTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(workout);
        ArgumentNullException.ThrowIfNull(zone);
        var start = workout.Date.ToDateTime(workout.Start ?? new TimeOnly(7, 0));
        return new Run
        {
            Id = IdPrefix + workout.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Source = ActivitySource.ActivityFile,
            SourceFile = "plan",
            StartUtc = zone.ToInstant(start),
            StartLocal = start,
            Distance = workout.Distance,
            MovingTime = workout.Duration,
            WorkoutType = workout.Type,
            SportType = SportType.Run,
        };
    }
}
