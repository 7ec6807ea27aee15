namespace WorkoutGenerator.Domain.Runs;

public static class RunExtensions
{
    /// <summary>
    /// The runner's calendar day and clock for this run: the local start where a source gave it, else the UTC
    /// start (Strava's CSV knows only UTC, so an evening run in New York may land on the next day).
    /// </summary>
    public static DateTime WallClockStart(this Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.StartLocal ?? run.StartUtc.UtcDateTime;
    }
}
