namespace WorkoutGenerator.Services.Jobs;

public enum JobState
{
    Running,

    /// <summary>Finished with a result.</summary>
    Done,

    /// <summary>Stopped on request. A train stopped after its first epoch still has a result: the best weights so far.</summary>
    Cancelled,

    /// <summary>Ended by a <see cref="WorkoutGenerator.Domain.Errors.UserFacingException"/> or by a bug.</summary>
    Failed,
}
