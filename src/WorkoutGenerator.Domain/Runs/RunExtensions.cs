namespace WorkoutGenerator.Domain.Runs;

public static class RunExtensions
{
    /// <summary>Strava writes this time of day when the athlete hides start times (since July 2024).</summary>
    public static readonly TimeSpan HiddenTimeOfDay = new(0, 0, 1);

    /// <summary>
    /// The runner's calendar day and clock for this run: the local start where a source gave it, else the UTC
    /// start (Strava's CSV knows only UTC, so an evening run in New York may land on the next day). Runs read
    /// through <see cref="Localized"/> always have a local start except where Strava hid the time.
    /// </summary>
    public static DateTime WallClockStart(this Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.StartLocal ?? run.StartUtc.UtcDateTime;
    }

    /// <summary>
    /// The runs with a local start for those whose source gave none (GPX, TCX, the CSV alone), read through the
    /// runner's zone, so their weekday and time of day are the runner's, not UTC's. A hidden start time
    /// (<see cref="HiddenTimeOfDay"/>) is left alone: there is no clock to convert, only Strava's date.
    /// </summary>
    public static IReadOnlyList<Run> Localized(this IEnumerable<Run> runs, IRunnerTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(zone);
        return runs
            .Select(run => run.StartLocal is null && run.StartUtc.UtcDateTime.TimeOfDay != HiddenTimeOfDay
                ? run with { StartLocal = zone.ToLocal(run.StartUtc) }
                : run)
            .ToList();
    }
}
