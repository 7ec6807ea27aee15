using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Services.TimeZones;

/// <summary>Where the runner's time zone came from, strongest first.</summary>
public enum TimeZoneSource
{
    /// <summary>Given with --tz (now or earlier) and stored in the database.</summary>
    Setting,

    /// <summary>The IANA zone whose offsets match the local start times of the runner's FIT files.</summary>
    ActivityFiles,

    /// <summary>Nothing else known: this computer's zone.</summary>
    Machine,
}

/// <summary>The one zone every command uses, where it came from, and the sentence that tells the runner.</summary>
public sealed record TimeZoneResolution(IRunnerTimeZone Zone, TimeZoneSource Source, string Note)
{
    /// <summary>True when the zone is a guess the runner should confirm (<see cref="TimeZoneSource.Machine"/>).</summary>
    public bool IsGuess => Source == TimeZoneSource.Machine;
}
