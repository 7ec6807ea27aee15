namespace WorkoutGenerator.Domain.Runs;

/// <summary>
/// The runner's clock: the wall-clock time at which the runner lived an instant, and back. One resolved zone serves
/// every command (predictions, plans, status, exports), so a run planned for 07:00 starts at 07:00 on both sides of
/// a daylight-saving change, and its UTC start is the true one.
/// </summary>
public interface IRunnerTimeZone
{
    /// <summary>The IANA id ("Pacific/Auckland"), or the name of a fixed offset ("UTC").</summary>
    string Id { get; }

    /// <summary>The runner's wall clock at <paramref name="instant"/> (kind Unspecified).</summary>
    DateTime ToLocal(DateTimeOffset instant);

    /// <summary>
    /// The instant of a wall-clock time, with offset zero. A time that a DST change skips moves forward by the gap
    /// (02:30 on a spring-forward night is 03:30); a time that happens twice is the earlier instant.
    /// </summary>
    DateTimeOffset ToInstant(DateTime wallClock);
}
