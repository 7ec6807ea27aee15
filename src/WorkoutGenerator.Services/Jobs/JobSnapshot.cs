namespace WorkoutGenerator.Services.Jobs;

/// <summary>
/// A background job as it was when asked: what runs, since when, where it is, its last progress lines, and once
/// it ended, its result or why it has none.
/// </summary>
/// <param name="Id">Names this job among the database's jobs, so a cancel meant for a finished job never stops the next one.</param>
/// <param name="Progress">The last progress reported; null until the job reports any.</param>
/// <param name="Log">The last progress lines, oldest first, each with the elapsed time it was reported at.</param>
/// <param name="Result">The use case's result: set when <see cref="State"/> is <see cref="JobState.Done"/>, and for a train
/// cancelled after its first epoch (it keeps the best weights so far).</param>
/// <param name="Note">How it ended, in a sentence the runner reads: the <see cref="WorkoutGenerator.Domain.Errors.UserFacingException"/>'s
/// "where: message" when it failed, what was kept when it was cancelled; null while it runs and when it is done.</param>
/// <param name="Bug">The exception of a job that failed on a bug (not a user-facing failure), for the host to report as one.</param>
public sealed record JobSnapshot(
    long Id,
    JobKind Kind,
    JobState State,
    DateTimeOffset StartedUtc,
    DateTimeOffset? FinishedUtc,
    TimeSpan Elapsed,
    JobProgress? Progress,
    IReadOnlyList<string> Log,
    object? Result,
    string? Note,
    Exception? Bug)
{
    public bool IsRunning => State == JobState.Running;

    /// <summary>The result as the use case's type (an <c>ImportSummary</c>, a <c>TrainResult</c>...), or null.</summary>
    public T? ResultAs<T>()
        where T : class => Result as T;
}
