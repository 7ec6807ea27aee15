using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Services.Jobs;

namespace WorkoutGenerator.Services.Tests.Jobs;

/// <summary>The job runner with fake use cases: one job per database, live progress, cancel, outcome.</summary>
public sealed class BackgroundJobsTests
{
    private const string Database = "/data/runs.db";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 14, 20, 5, TimeSpan.Zero));

    [Fact]
    public async Task Should_refuse_a_second_start_on_the_same_database_while_one_runs()
    {
        // Given a train running on a database
        var jobs = new BackgroundJobs(_time);
        using var gate = new ManualResetEventSlim();
        jobs.Start(Database, JobKind.Train, (_, _) => Wait(gate));

        // When an import starts on it
        var refused = Assert.Throws<UserFacingException>(() => jobs.Start(Database, JobKind.Import, (_, _) => "imported"));

        // Then it is refused, saying what runs and since when, and the train goes on
        Assert.Equal("training is already running on this database (started 14:20:05 UTC); wait for it to end or cancel it first.", refused.Message);
        Assert.Equal(Database, refused.Where);
        Assert.Equal(JobKind.Train, jobs.Current(Database)!.Kind);
        gate.Set();
        await jobs.WhenFinished(Database).WaitAsync(Patience);
        Assert.Equal(JobState.Done, jobs.Current(Database)!.State);
    }

    [Fact]
    public async Task Should_run_jobs_on_two_databases_at_the_same_time()
    {
        // Given a job running on one database
        var jobs = new BackgroundJobs(_time);
        using var gate = new ManualResetEventSlim();
        jobs.Start(Database, JobKind.Train, (_, _) => Wait(gate));

        // When another database imports
        jobs.Start("/data/other.db", JobKind.Import, (_, _) => "imported");
        await jobs.WhenFinished("/data/other.db").WaitAsync(Patience);

        // Then it ran to its end while the first still runs
        Assert.Equal("imported", jobs.Current("/data/other.db")!.Result);
        Assert.True(jobs.Current(Database)!.IsRunning);
        gate.Set();
        await jobs.WhenFinished(Database).WaitAsync(Patience);
    }

    [Fact]
    public async Task Should_show_the_last_progress_the_elapsed_time_and_the_last_lines_of_the_log()
    {
        // Given a job that keeps 3 log lines and reports five epochs, a minute apart, then waits
        var jobs = new BackgroundJobs(_time, logLines: 3);
        using var reported = new ManualResetEventSlim();
        using var gate = new ManualResetEventSlim();
        jobs.Start(Database, JobKind.Train, (progress, _) =>
        {
            var training = progress.ForTraining();
            for (var epoch = 1; epoch <= 5; epoch++)
            {
                _time.Advance(TimeSpan.FromMinutes(1));
                training.Report(new TrainingProgress(2, 2, epoch, 5, 20.0 - epoch, 25.0 - epoch, 24.0));
            }

            reported.Set();
            return Wait(gate);
        });

        // When it is looked at while it runs
        Assert.True(reported.Wait(Patience));
        _time.Advance(TimeSpan.FromSeconds(30));
        var snapshot = jobs.Current(Database)!;

        // Then it shows the last epoch, the errors, how far the whole job is and the time since its start
        Assert.Equal(JobState.Running, snapshot.State);
        Assert.Equal(new JobProgress("Training model 2 of 2", new JobStep("epoch", 5, 5), 15.0, 20.0, 1.0), snapshot.Progress);
        Assert.Equal(TimeSpan.FromSeconds(330), snapshot.Elapsed);
        Assert.Equal(
            [
                "[00:03:00] Training model 2 of 2, epoch 3 of 5: train error 17.0 s/km, validation error 22.0 s/km",
                "[00:04:00] Training model 2 of 2, epoch 4 of 5: train error 16.0 s/km, validation error 21.0 s/km",
                "[00:05:00] Training model 2 of 2, epoch 5 of 5: train error 15.0 s/km, validation error 20.0 s/km",
            ],
            snapshot.Log);
        gate.Set();
        await jobs.WhenFinished(Database).WaitAsync(Patience);
    }

    [Fact]
    public async Task Should_stop_a_train_on_cancel_and_keep_what_it_returns_as_the_best_so_far()
    {
        // Given a fake train that reports epochs until it is cancelled, then returns its best epoch as the CLI's Ctrl-C does
        var jobs = new BackgroundJobs(_time);
        using var reported = new ManualResetEventSlim();
        var started = jobs.Start(Database, JobKind.Train, (progress, ct) =>
        {
            var epoch = 0;
            while (!ct.IsCancellationRequested)
            {
                progress.ForTraining().Report(new TrainingProgress(1, 1, ++epoch, 1000, 10, 12, 12));
                reported.Set();
                ct.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(5));
            }

            return $"best of {epoch} epochs";
        });
        Assert.True(reported.Wait(Patience));

        // When it is cancelled
        var cancelled = jobs.Cancel(Database, started.Id);
        await jobs.WhenFinished(Database).WaitAsync(Patience);

        // Then it ended cancelled, with its result and a note saying what was kept
        var snapshot = jobs.Current(Database)!;
        Assert.True(cancelled);
        Assert.Equal(JobState.Cancelled, snapshot.State);
        Assert.StartsWith("best of ", snapshot.ResultAs<string>(), StringComparison.Ordinal);
        Assert.Equal("Stopped; what was done before the stop is kept.", snapshot.Note);
        Assert.False(jobs.Cancel(Database, started.Id));
    }

    [Theory]
    [InlineData("", "Stopped; nothing was changed.")]
    [InlineData("Training stopped before its first epoch ended.", "Training stopped before its first epoch ended. Nothing was changed.")]
    public async Task Should_end_cancelled_with_no_result_when_the_work_throws_on_cancel(string reason, string note)
    {
        // Given a back-test that throws when it is cancelled
        var jobs = new BackgroundJobs(_time);
        using var running = new ManualResetEventSlim();
        var started = jobs.Start(Database, JobKind.Evaluate, (_, ct) =>
        {
            running.Set();
            ct.WaitHandle.WaitOne(Patience);
            throw reason.Length == 0 ? new OperationCanceledException(ct) : new OperationCanceledException(reason, ct);
        });
        Assert.True(running.Wait(Patience));

        // When it is cancelled
        jobs.Cancel(Database, started.Id);
        await jobs.WhenFinished(Database).WaitAsync(Patience);

        // Then it says so and has no result
        var snapshot = jobs.Current(Database)!;
        Assert.Equal(JobState.Cancelled, snapshot.State);
        Assert.Null(snapshot.Result);
        Assert.Equal(note, snapshot.Note);
    }

    [Fact]
    public async Task Should_end_failed_with_the_user_facing_message_and_where()
    {
        // Given an import whose source cannot be read
        var jobs = new BackgroundJobs(_time);

        // When it runs
        jobs.Start(Database, JobKind.Import, (_, _) => throw new UserFacingException("not a zip file.", "export.zip"));
        await jobs.WhenFinished(Database).WaitAsync(Patience);

        // Then the job failed with the message the CLI would print after "error: "
        var snapshot = jobs.Current(Database)!;
        Assert.Equal(JobState.Failed, snapshot.State);
        Assert.Equal("export.zip: not a zip file.", snapshot.Note);
        Assert.Null(snapshot.Bug);
    }

    [Fact]
    public async Task Should_hand_a_bug_to_the_host_rather_than_a_message()
    {
        // Given a use case with a bug, on a host that logs bugs
        var reported = new List<(JobKind, Exception)>();
        var jobs = new BackgroundJobs(_time, reportBug: (kind, bug) => reported.Add((kind, bug)));

        // When it runs
        jobs.Start(Database, JobKind.Evaluate, (_, _) => throw new InvalidOperationException("broken invariant"));
        await jobs.WhenFinished(Database).WaitAsync(Patience);

        // Then the job failed and carries the exception for the host's bug report, with no message of its own
        var snapshot = jobs.Current(Database)!;
        Assert.Equal(JobState.Failed, snapshot.State);
        Assert.Null(snapshot.Note);
        Assert.Equal("broken invariant", Assert.IsType<InvalidOperationException>(snapshot.Bug).Message);
        var (kind, logged) = Assert.Single(reported);
        Assert.Equal(JobKind.Evaluate, kind);
        Assert.Same(snapshot.Bug, logged);
    }

    [Fact]
    public async Task Should_keep_a_finished_job_readable_until_the_next_one_starts()
    {
        // Given an import that finished ten minutes ago
        var jobs = new BackgroundJobs(_time);
        var import = jobs.Start(Database, JobKind.Import, (_, _) => "42 runs");
        await jobs.WhenFinished(Database).WaitAsync(Patience);
        _time.Advance(TimeSpan.FromMinutes(10));

        // Then it is still there, its elapsed time frozen at its end
        var finished = jobs.Current(Database)!;
        Assert.Equal((import.Id, JobState.Done, "42 runs", TimeSpan.Zero), (finished.Id, finished.State, finished.Result, finished.Elapsed));

        // When a train starts
        using var gate = new ManualResetEventSlim();
        var train = jobs.Start(Database, JobKind.Train, (_, _) => Wait(gate));

        // Then the train replaced it, and a cancel meant for the import does not stop the train
        Assert.NotEqual(import.Id, train.Id);
        Assert.False(jobs.Cancel(Database, import.Id));
        Assert.Equal((train.Id, JobState.Running), (jobs.Current(Database)!.Id, jobs.Current(Database)!.State));
        gate.Set();
        await jobs.WhenFinished(Database).WaitAsync(Patience);
    }

    [Fact]
    public async Task Should_cancel_every_running_job_when_the_host_stops()
    {
        // Given two databases training
        var jobs = new BackgroundJobs(_time);
        jobs.Start(Database, JobKind.Train, (_, ct) => ct.WaitHandle.WaitOne(Patience) ? "best so far" : "timed out");
        jobs.Start("/data/other.db", JobKind.Train, (_, ct) => ct.WaitHandle.WaitOne(Patience) ? "best so far" : "timed out");

        // When the host stops
        await jobs.StopAllAsync().WaitAsync(Patience);

        // Then both stopped and kept what they had
        Assert.All([jobs.Current(Database)!, jobs.Current("/data/other.db")!], s => Assert.Equal((JobState.Cancelled, "best so far"), (s.State, s.Result)));
    }

    [Fact]
    public void Should_know_no_job_on_a_database_that_never_ran_one()
    {
        var jobs = new BackgroundJobs(_time);

        Assert.Null(jobs.Current(Database));
        Assert.False(jobs.Cancel(Database, 1));
        Assert.True(jobs.WhenFinished(Database).IsCompleted);
    }

    private static string Wait(ManualResetEventSlim gate) => gate.Wait(Patience) ? "done" : "timed out";
}
