namespace WorkoutGenerator.Services.Jobs;

/// <summary>The long use cases a host runs in the background rather than inside one request.</summary>
public enum JobKind
{
    Import,
    Train,
    Evaluate,
}
