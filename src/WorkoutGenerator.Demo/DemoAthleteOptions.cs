namespace WorkoutGenerator.Demo;

/// <summary>What the demo athlete's history looks like: which random stream, when it ends, how long, where.</summary>
public sealed record DemoAthleteOptions
{
    /// <summary>Seeds the one <see cref="System.Random"/> every generated value comes from.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>The last day of the history (inclusive), e.g. "yesterday" from the caller's TimeProvider.</summary>
    public required DateOnly LastDay { get; init; }

    /// <summary>How many weeks of history end on <see cref="LastDay"/>; about two years by default.</summary>
    public int Weeks { get; init; } = 104;

    /// <summary>
    /// The athlete's home time zone: runs are planned in local wall-clock time and written in UTC, as Strava does,
    /// so an evening run in New York lands on the next UTC day.
    /// </summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
}
