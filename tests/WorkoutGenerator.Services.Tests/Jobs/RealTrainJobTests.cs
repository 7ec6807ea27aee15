using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Jobs;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Services.Tests.Jobs;

/// <summary>The real train as a background job on the demo athlete's database: progress, then a cancel that keeps the best weights.</summary>
[Collection("libtorch")]
public sealed class RealTrainJobTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private static readonly TransformerTrainingOptions Tiny = new()
    {
        Architecture = PaceTransformerOptions.Tiny, Epochs = 1, EnsembleSize = 3, BatchSize = 64, Patience = 100, Threads = 1,
    };

    private readonly string _folder = Directory.CreateTempSubdirectory("workoutgen-train-job-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Should_report_the_first_epoch_and_keep_its_weights_when_cancelled()
    {
        // Given the demo athlete's database and a train job that pauses after its first report until the cancel is sent
        new DemoUseCase(_time).Import(new DemoRequest(7, _folder));
        var database = Path.Combine(_folder, "demo.db");
        var jobs = new BackgroundJobs(_time);
        using var reported = new ManualResetEventSlim();
        using var cancelSent = new ManualResetEventSlim();
        var started = jobs.Start(database, JobKind.Train, (progress, ct) =>
        {
            using var workspace = Workspace.Over(WorkoutDatabase.OpenExisting(database, _time, readOnly: false), _time);
            var pausing = new PauseAfterFirst(progress, reported, cancelSent);
            return workspace.Train.Run(Tiny, pausing.ForTraining(), ct).Result;
        });

        // When the first epoch is reported, it is cancelled
        Assert.True(reported.Wait(Patience));
        var running = jobs.Current(database)!;
        Assert.True(jobs.Cancel(database, started.Id));
        cancelSent.Set();
        await jobs.WhenFinished(database).WaitAsync(Patience);

        // Then it showed the first model's epoch, and stopped with that model kept and loadable
        Assert.Equal((JobState.Running, "Training model 1 of 3", new JobStep("epoch", 1, 1)), (running.State, running.Progress!.Phase, running.Progress.Step));
        Assert.NotNull(running.Progress.TrainMaeSecondsPerKm);
        var done = jobs.Current(database)!;
        Assert.Equal(JobState.Cancelled, done.State);
        var result = done.ResultAs<TrainResult>()!;
        Assert.True(result.Training.Cancelled);
        Assert.Single(result.Training.Members);
        using var db = WorkoutDatabase.OpenExisting(database, _time, readOnly: true);
        var (loaded, _) = ModelStore.For(db).Load();
        using (loaded)
        {
            Assert.Equal(1, loaded.MemberCount);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed class PauseAfterFirst(IProgress<JobProgress> job, ManualResetEventSlim reported, ManualResetEventSlim cancelSent) : IProgress<JobProgress>
    {
        public void Report(JobProgress value)
        {
            job.Report(value);
            reported.Set();
            cancelSent.Wait(Patience);
        }
    }
}
