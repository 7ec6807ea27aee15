using System.Globalization;

namespace WorkoutGenerator.Services.Jobs;

/// <summary>
/// One job's state, written by the thread that runs it and read by any request: every field behind one lock,
/// read out as an immutable <see cref="JobSnapshot"/>.
/// </summary>
internal sealed class BackgroundJob : IProgress<JobProgress>, IDisposable
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly int _logLines;
    private readonly Queue<string> _log = new();
    private readonly CancellationTokenSource _cancel = new();
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private JobProgress? _progress;
    private string? _lastDescribed;
    private JobState _state = JobState.Running;
    private DateTimeOffset? _finishedUtc;
    private object? _result;
    private string? _note;
    private Exception? _bug;

    public BackgroundJob(long id, JobKind kind, TimeProvider time, int logLines)
    {
        Id = id;
        Kind = kind;
        _time = time;
        _logLines = logLines;
        StartedUtc = time.GetUtcNow();
    }

    public long Id { get; }

    public JobKind Kind { get; }

    public DateTimeOffset StartedUtc { get; }

    public CancellationToken Token => _cancel.Token;

    public Task Finished => _finished.Task;

    public bool IsRunning
    {
        get
        {
            lock (_gate)
            {
                return _state == JobState.Running;
            }
        }
    }

    public void Report(JobProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            _progress = value;

            // An import reports every few hundred rows with only the count changed; the log keeps each distinct line.
            var described = value.Describe();
            if (described == _lastDescribed)
            {
                return;
            }

            _lastDescribed = described;
            _log.Enqueue(string.Create(CultureInfo.InvariantCulture, $"[{_time.GetUtcNow() - StartedUtc:hh\\:mm\\:ss}] {described}"));
            while (_log.Count > _logLines)
            {
                _log.Dequeue();
            }
        }
    }

    /// <summary>Asks the job to stop; false when it already ended.</summary>
    public bool Cancel()
    {
        lock (_gate)
        {
            if (_state != JobState.Running)
            {
                return false;
            }
        }

        try
        {
            _cancel.Cancel();
            return true;
        }
        catch (ObjectDisposedException)
        {
            // It ended between the check and the cancel.
            return false;
        }
    }

    public void Finish(JobState state, object? result, string? note, Exception? bug)
    {
        lock (_gate)
        {
            _state = state;
            _result = result;
            _note = note;
            _bug = bug;
            _finishedUtc = _time.GetUtcNow();
        }

        _finished.TrySetResult();
    }

    public JobSnapshot Snapshot()
    {
        lock (_gate)
        {
            var elapsed = (_finishedUtc ?? _time.GetUtcNow()) - StartedUtc;
            return new JobSnapshot(Id, Kind, _state, StartedUtc, _finishedUtc, elapsed, _progress, [.. _log], _result, _note, _bug);
        }
    }

    public void Dispose() => _cancel.Dispose();
}
