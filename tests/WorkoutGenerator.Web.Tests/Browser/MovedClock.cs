namespace WorkoutGenerator.Web.Tests.Browser;

/// <summary>
/// The system clock moved back to <paramref name="start"/>: "today" is the day a real runner's export ends, while
/// time still passes, so what a page times (a job's duration) reads as it would for the runner.
/// </summary>
internal sealed class MovedClock(DateTimeOffset start) : TimeProvider
{
    private readonly TimeSpan _shift = start - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;
}
