using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Tests.Training;

public sealed class DistanceAssignerTests
{
    private static DistanceLimits Limits(double weeklyKm, double? longestKm) => new(
        Distance.FromKilometers(weeklyKm), Pace.FromSecondsPerKilometer(330), longestKm is { } km ? Distance.FromKilometers(km) : null, TrainingOptions.Default);

    [Theory]
    [InlineData(0.0, 0.11)]
    [InlineData(0.5, 0.17010)]
    [InlineData(1.0, 0.28)]
    [InlineData(-3.0, 0.11)]
    [InlineData(7.0, 0.28)]
    public void Should_map_the_position_to_a_share_of_the_week(double position, double share)
    {
        // Given a position on the runner's scale; When / Then
        Assert.Equal(share, DistanceAssigner.ShareOf(position), 4);
    }

    [Theory]
    [InlineData(100.0, 20.0, 22000, "Capped at 22.00 km: at most 10% longer than the longest run of the last 30 days (20.00 km) (Frandsen et al. 2025).")]
    [InlineData(40.0, 30.0, 12000, "Capped at 12.00 km: at most 30% of the weekly volume (40.00 km) in one run (Daniels' Running Formula).")]
    [InlineData(5.0, 30.0, 3000, "Raised to 3.00 km: no run is prescribed shorter than that.")]
    public void Should_say_which_cap_changed_the_distance(double weeklyKm, double longestKm, double meters, string reason)
    {
        // Given a long run's raw distance of 40% of the week
        var limits = Limits(weeklyKm, longestKm);

        // When
        var prescription = DistanceAssigner.ApplyCaps(Distance.FromKilometers(weeklyKm * 0.4), limits);

        // Then
        Assert.Equal(meters, prescription.Distance.Meters);
        Assert.Contains(reason, prescription.Reasons.Select(text => UnitText.Render(text, DistanceUnit.Kilometer)));
    }

    [Fact]
    public void Should_hold_a_run_to_150_minutes_at_the_easy_pace()
    {
        // Given 200 km weeks and a 40 km longest run, at 5:30 /km easy
        var limits = Limits(200, 40);

        // When
        var prescription = DistanceAssigner.ApplyCaps(Distance.FromKilometers(35), limits);

        // Then: 150 min / 330 s/km = 27.27 km, rounded down to 100 m
        Assert.Equal(27_200, prescription.Distance.Meters);
        Assert.Equal(["time"], prescription.CapsApplied);
    }

    [Fact]
    public void Should_take_the_longer_window_after_a_break()
    {
        // Given four 50 km weeks, then a week of one 5 km run
        var history = Enumerable.Range(0, 28).Where(day => day % 7 < 5).Select(day => Histories.Run(day, 10)).Append(Histories.Run(30, 5)).ToList();

        // When
        var load = TrainingLoad.At(history, Histories.Day0.AddDays(35), TrainingOptions.Default);

        // Then: last 7 days 5 km < 50% of the 4-week average, so the base is the 6-week average or the 4-week one
        Assert.Equal(5_000, load.LastSevenDays.Meters);
        Assert.Equal(Distance.Max(load.FourWeekAverage, load.SixWeekAverage), load.WeeklyBase);
        Assert.StartsWith("Last 7 days (5.00 km) below 50% of the 4-week average", UnitText.Render(load.BaseReason!, DistanceUnit.Kilometer));
    }

    [Fact]
    public void Should_prescribe_a_recovery_run_the_day_after_a_long_run()
    {
        // Given six weeks of 10 km runs and a 20 km long run yesterday
        var history = Enumerable.Range(0, 42).Select(day => Histories.Run(day, 10)).Append(Histories.Run(42, 20, 360, Domain.Runs.WorkoutType.Long)).ToList();

        // When
        var workout = NextWorkout.Prescribe(history, Histories.Day0.AddDays(43), Histories.Predict(300));

        // Then: recovery, at most 10% of the week
        Assert.Equal(Domain.Runs.WorkoutType.Recovery, workout.Type);
        Assert.Equal("Recovery: the day after a hard run.", workout.Reasons[0]);
        Assert.True(workout.Distance <= Distance.FromKilometers(8));
    }
}
