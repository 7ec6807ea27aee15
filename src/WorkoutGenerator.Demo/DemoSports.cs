namespace WorkoutGenerator.Demo;

/// <summary>The "Activity Type" texts the demo writes, spelled as English Strava exports spell them.</summary>
public static class DemoSports
{
    public const string Run = "Run";
    public const string VirtualRun = "Virtual Run";
    public const string Ride = "Ride";
}
