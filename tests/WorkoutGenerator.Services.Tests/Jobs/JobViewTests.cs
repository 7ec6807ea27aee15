using WorkoutGenerator.Services.Jobs;
using WorkoutGenerator.Services.Views;

namespace WorkoutGenerator.Services.Tests.Jobs;

public sealed class JobViewTests
{
    [Theory]
    [InlineData(JobState.Running, "Training model 1 of 3, epoch 2 of 30: train error 12.0 s/km (1:02:03)", "running", 0.25)]
    [InlineData(JobState.Done, "Done in 1:02:03.", "done", 1.0)]
    [InlineData(JobState.Cancelled, "Cancelled after 1:02:03.", "cancelled", 0.25)]
    [InlineData(JobState.Failed, "Failed after 1:02:03.", "failed", 0.25)]
    public void Should_say_where_a_job_is_or_how_it_ended_and_for_how_long(JobState state, string status, string code, double fraction)
    {
        // Given a train an hour, two minutes and three seconds in
        var progress = new JobProgress("Training model 1 of 3", new JobStep("epoch", 2, 30), 12.0, null, 0.25);
        var job = new JobSnapshot(7, JobKind.Train, state, DateTimeOffset.UnixEpoch, null, new TimeSpan(1, 2, 3), progress, ["line"], null, null, null);

        // When
        var view = JobView.From(job);

        // Then
        Assert.Equal((status, code, "train", fraction, 3723.0), (view.Status, view.State, view.Kind, view.Fraction!.Value, view.ElapsedSeconds));
        Assert.Equal(("epoch", 2, 30), (view.Step, view.StepNumber, view.StepCount));
    }
}
