namespace WorkoutGenerator.Domain.Runs;

/// <summary>The running sports the model trains on. Every other sport is an <see cref="OtherActivity"/>.</summary>
public enum SportType
{
    Run,
    TrailRun,
    VirtualRun,
}
