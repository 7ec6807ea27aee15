using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.Model.Tests.Transformer;

public sealed class LearningRateScheduleTests
{
    [Fact]
    public void Should_warm_up_linearly_to_the_peak_then_decay_to_zero()
    {
        // Given 10 epochs of 10 batches and a 10% warm-up (10 steps)
        var schedule = new LearningRateSchedule(new TransformerTrainingOptions { Epochs = 10, BatchSize = 10, LearningRate = 1e-3, WarmupFraction = 0.1 }, samples: 100);

        // When / Then
        Assert.Equal(1e-4, schedule.At(0), 12);
        Assert.Equal(1e-3, schedule.At(9), 12);
        Assert.True(schedule.At(50) < schedule.At(20));
        Assert.Equal(0, schedule.At(100), 12);
    }
}
