namespace WorkoutGenerator.Demo;

/// <summary>How hard a stretch of a session is run; each effort has its own pace and heart rate.</summary>
internal enum DemoEffort
{
    Recovery,
    Easy,
    Long,
    MarathonPace,
    Tempo,
    IntervalRep,
    Race5K,
    Race10K,
    RaceHalf,
    RaceMarathon,
    Ride,
}
