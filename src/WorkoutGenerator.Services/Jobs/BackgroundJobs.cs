using WorkoutGenerator.Domain.Errors;

namespace WorkoutGenerator.Services.Jobs;

/// <summary>
/// Runs the long use cases (import, train, evaluate) off the request that starts them, one at a time per
/// database: two jobs writing one database (or its model) at once would race, so a second start while one runs
/// is refused. A job's progress, log and outcome can be read at any time from any thread; a finished job stays
/// readable until the next one on its database starts.
/// </summary>
public sealed class BackgroundJobs
{
    /// <summary>How many progress lines a job's log keeps: a whole default training (3 models x up to 30 epochs) is more than a page shows.</summary>
    public const int DefaultLogLines = 40;

    private readonly object _gate = new();
    private readonly Dictionary<string, BackgroundJob> _jobs = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly int _logLines;
    private readonly Action<JobKind, Exception>? _reportBug;
    private long _lastId;

    /// <param name="reportBug">Told once of each job that failed on a bug (not a <see cref="UserFacingException"/>): the host logs it as it logs any other.</param>
    public BackgroundJobs(TimeProvider time, int logLines = DefaultLogLines, Action<JobKind, Exception>? reportBug = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(logLines);
        _time = time;
        _logLines = logLines;
        _reportBug = reportBug;
    }

    /// <summary>
    /// Starts <paramref name="work"/> on its own thread for <paramref name="database"/> (the database file's path).
    /// The work reports through the progress it is given and stops when the token is cancelled; what it returns is
    /// the job's result. A job already running on that database is a <see cref="UserFacingException"/>.
    /// </summary>
    public JobSnapshot Start(string database, JobKind kind, Func<IProgress<JobProgress>, CancellationToken, object?> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var key = Key(database);
        BackgroundJob job;
        lock (_gate)
        {
            if (_jobs.TryGetValue(key, out var current))
            {
                if (current.IsRunning)
                {
                    throw new UserFacingException(
                        $"{Describe(current.Kind)} is already running on this database (started {current.StartedUtc:HH:mm:ss} UTC); wait for it to end or cancel it first.",
                        database);
                }

                current.Dispose();
            }

            job = new BackgroundJob(++_lastId, kind, _time, _logLines);
            _jobs[key] = job;
        }

        // A dedicated thread: training holds a core for minutes and must not starve the pool that serves requests.
        _ = Task.Factory.StartNew(() => Run(job, work), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return job.Snapshot();
    }

    /// <summary>The running job on <paramref name="database"/>, else the last one that ran there; null when none ran.</summary>
    public JobSnapshot? Current(string database)
    {
        var key = Key(database);
        lock (_gate)
        {
            return _jobs.TryGetValue(key, out var job) ? job.Snapshot() : null;
        }
    }

    /// <summary>Asks job <paramref name="id"/> on <paramref name="database"/> to stop; false when it is not the running one.</summary>
    public bool Cancel(string database, long id)
    {
        var key = Key(database);
        BackgroundJob? job;
        lock (_gate)
        {
            job = _jobs.GetValueOrDefault(key);
        }

        return job is not null && job.Id == id && job.Cancel();
    }

    /// <summary>Completes when the job on <paramref name="database"/> (the running or last one) has ended; at once when none ran.</summary>
    public Task WhenFinished(string database)
    {
        var key = Key(database);
        lock (_gate)
        {
            return _jobs.TryGetValue(key, out var job) ? job.Finished : Task.CompletedTask;
        }
    }

    /// <summary>
    /// Cancels every running job and waits for them to end, as a host does when it stops: a train stopped this way
    /// keeps its best weights, as on Ctrl-C in the CLI.
    /// </summary>
    public Task StopAllAsync()
    {
        List<BackgroundJob> running;
        lock (_gate)
        {
            running = [.. _jobs.Values.Where(j => j.IsRunning)];
        }

        running.ForEach(j => j.Cancel());
        return Task.WhenAll(running.Select(j => j.Finished));
    }

    private void Run(BackgroundJob job, Func<IProgress<JobProgress>, CancellationToken, object?> work)
    {
        try
        {
            var result = work(job, job.Token);
            if (job.Token.IsCancellationRequested)
            {
                job.Finish(JobState.Cancelled, result, result is null ? "Stopped; nothing was changed." : "Stopped; what was done before the stop is kept.", null);
            }
            else
            {
                job.Finish(JobState.Done, result, null, null);
            }
        }
        catch (OperationCanceledException stopped) when (job.Token.IsCancellationRequested)
        {
            job.Finish(JobState.Cancelled, null, Stopped(stopped), null);
        }
        catch (Exception failure) when (Failures.ExpectedFailures.From(failure) is { } expected)
        {
            job.Finish(JobState.Failed, null, expected.Display, null);
        }
        catch (Exception bug)
        {
            // Not a mapping to a message: a thread of its own has no caller to throw to, so the bug is handed to the
            // host, which reports it as it reports any other ("unexpected error, please report").
            _reportBug?.Invoke(job.Kind, bug);
            job.Finish(JobState.Failed, null, null, bug);
        }
    }

    // A use case that says why it stopped ("Training stopped before its first epoch ended.") keeps its words.
    private static string Stopped(OperationCanceledException stopped) =>
        stopped.Message == new OperationCanceledException().Message
            ? "Stopped; nothing was changed."
            : $"{stopped.Message} Nothing was changed.";

    private static string Describe(JobKind kind) => kind switch
    {
        JobKind.Import => "an import",
        JobKind.Train => "training",
        JobKind.Evaluate => "a back-test",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown job kind."),
    };

    private static string Key(string database)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        return Path.GetFullPath(database);
    }
}
