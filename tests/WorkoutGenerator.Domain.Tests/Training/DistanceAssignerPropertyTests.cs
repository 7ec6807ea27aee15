using CsCheck;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Tests.Training;

public sealed class DistanceAssignerPropertyTests
{
    private static readonly DateTime Slot = Histories.Day0.AddDays(60);

    [Fact]
    public void Should_never_prescribe_a_shorter_run_for_a_slower_predicted_pace()
    {
        // Given any history and two predicted paces, everything else equal
        Gen.Select(Histories.Any, Gen.Double[180, 600], Gen.Double[180, 600]).Sample((history, a, b) =>
        {
            var (faster, slower) = a <= b ? (a, b) : (b, a);

            // When
            var quick = NextWorkout.Prescribe(history, Slot, Histories.Predict(faster));
            var easy = NextWorkout.Prescribe(history, Slot, Histories.Predict(slower));

            // Then
            Assert.True(quick.Distance <= easy.Distance, $"{faster} s/km -> {quick.Distance}, {slower} s/km -> {easy.Distance}");
        });
    }

    [Fact]
    public void Should_prescribe_a_positive_distance_within_every_cap()
    {
        // Given any history and predicted pace
        var options = TrainingOptions.Default;
        Gen.Select(Histories.Any, Gen.Double[180, 600]).Sample((history, pace) =>
        {
            // When
            var workout = NextWorkout.Prescribe(history, Slot, Histories.Predict(pace));

            // Then: at least the floor, and above a cap only when the floor lifted it
            var load = TrainingLoad.At(history, Slot, options);
            var easy = PaceProfile.At(history, Slot)!.Easy;
            var caps = new[]
            {
                load.WeeklyBase * options.MaxLongRunShare,
                easy.DistanceIn(options.MaxLongRunDuration),
                (load.LongestLast30Days ?? Distance.Zero) * (1 + options.MaxIncreaseOverLongest30Days),
            };
            var limit = caps.Aggregate(Distance.Min);
            Assert.True(workout.Distance.Meters > 0);
            Assert.True(workout.Distance >= options.MinRunDistance);
            Assert.True(workout.Distance <= Distance.Max(limit, options.MinRunDistance), $"{workout.Distance} over {limit}");
            if (workout.Structure is null)
            {
                Assert.Equal(workout.TargetPace.TimeFor(workout.Distance).TotalSeconds, workout.Duration.TotalSeconds, 6);
            }
            else
            {
                Assert.InRange(workout.Distance.Meters - workout.Structure.EstimatedDistance.Meters, 0, 10);
            }
        });
    }
}
