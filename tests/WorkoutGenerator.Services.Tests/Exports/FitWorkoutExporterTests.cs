using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Import.Fit;
using WorkoutGenerator.Services.Exports;
using WorkoutGenerator.Import.Fit.Reading;

namespace WorkoutGenerator.Services.Tests.Exports;

public sealed class FitWorkoutExporterTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 26, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Should_read_back_every_step_of_every_planned_workout()
    {
        // Given a plan with steady runs and structured sessions
        var workouts = SamplePlan.Build().Workouts;
        Assert.Contains(workouts, workout => workout.Structure is not null);

        foreach (var workout in workouts)
        {
            // When
            var read = FitWorkoutReader.Read(FitWorkoutExporter.Export(workout, Created));

            // Then
            var expected = FitWorkoutExporter.ToFit(workout, Created);
            Assert.Equal(expected.Steps.Count, read.Steps.Count);
            for (var i = 0; i < expected.Steps.Count; i++)
            {
                AssertSameStep(expected.Steps[i], read.Steps[i]);
            }
        }
    }

    [Fact]
    public void Should_repeat_the_work_and_recovery_steps_of_an_interval_session()
    {
        // Given an interval session from the plan
        var session = SamplePlan.Build().Workouts.First(workout => workout.Type == WorkoutType.Interval && workout.Structure is not null);
        var repeated = session.Structure!.Blocks.First(block => block.Repeats > 1);

        // When
        var fit = FitWorkoutExporter.ToFit(session, Created);

        // Then the repeat step points back at the block's first step and carries its count
        var repeat = Assert.Single(fit.Steps.OfType<FitRepeatStep>());
        Assert.Equal(repeated.Repeats, repeat.Count);
        var work = Assert.IsType<FitIntervalStep>(fit.Steps[repeat.FromStepIndex]);
        Assert.Equal(FitIntensity.Active, work.Intensity);
        Assert.True(work.FastestSpeed > work.SlowestSpeed);
        Assert.Equal(FitIntensity.Warmup, Assert.IsType<FitIntervalStep>(fit.Steps[0]).Intensity);
        Assert.Equal(FitIntensity.Cooldown, Assert.IsType<FitIntervalStep>(fit.Steps[^1]).Intensity);
    }

    [Fact]
    public void Should_write_a_steady_run_as_one_distance_step_within_its_pace_range()
    {
        var easy = SamplePlan.Build().Workouts.First(workout => workout.Structure is null);

        var step = Assert.IsType<FitIntervalStep>(Assert.Single(FitWorkoutExporter.ToFit(easy, Created).Steps));

        Assert.Equal(easy.Distance, step.Length.Distance);
        Assert.Equal(easy.SlowPace.MetersPerSecond, step.SlowestSpeed);
        Assert.Equal(easy.FastPace.MetersPerSecond, step.FastestSpeed);
    }

    private static void AssertSameStep(FitWorkoutStep expected, FitWorkoutStep actual)
    {
        switch (expected)
        {
            case FitRepeatStep repeat:
                Assert.Equal(repeat, Assert.IsType<FitRepeatStep>(actual));
                break;
            case FitIntervalStep interval:
                var read = Assert.IsType<FitIntervalStep>(actual);
                Assert.Equal(interval.Intensity, read.Intensity);
                Assert.Equal(interval.Length.Distance?.Meters ?? -1, read.Length.Distance?.Meters ?? -1, 2);
                Assert.Equal(interval.Length.Time?.TotalSeconds ?? -1, read.Length.Time?.TotalSeconds ?? -1, 3);
                // FIT stores speeds in mm/s.
                Assert.Equal(interval.SlowestSpeed!.Value, read.SlowestSpeed!.Value, 3);
                Assert.Equal(interval.FastestSpeed!.Value, read.FastestSpeed!.Value, 3);
                break;
            default:
                Assert.Fail($"Unexpected step {expected}");
                break;
        }
    }
}
