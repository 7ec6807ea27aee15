using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Tests.Units;

public sealed class PaceArithmeticTests
{
    [Theory]
    [InlineData(10000, 2400, 240)]
    [InlineData(42195, 10800, 255.954)]
    [InlineData(21097.5, 5025, 238.180)]
    public void Should_compute_the_average_pace_of_a_run(double meters, double seconds, double secondsPerKilometer)
    {
        // When
        var pace = Pace.Of(Distance.FromMeters(meters), Duration.FromSeconds(seconds));

        // Then
        Assert.Equal(secondsPerKilometer, pace.SecondsPerKilometer, 3);
    }

    [Theory]
    [InlineData(0, 60)]
    [InlineData(1000, 0)]
    public void Should_refuse_a_pace_without_distance_or_time(double meters, double seconds)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Pace.Of(Distance.FromMeters(meters), Duration.FromSeconds(seconds)));
    }

    [Theory]
    [InlineData(5000, 1500)]
    [InlineData(42195, 12345)]
    [InlineData(1609.344, 510)]
    public void Should_round_trip_pace_time_and_distance(double meters, double seconds)
    {
        // Given
        var distance = Distance.FromMeters(meters);
        var time = Duration.FromSeconds(seconds);

        // When
        var pace = Pace.Of(distance, time);

        // Then
        Assert.Equal(seconds, pace.TimeFor(distance).TotalSeconds, 9);
        Assert.Equal(meters, pace.DistanceIn(time).Meters, 9);
    }

    [Fact]
    public void Should_agree_between_speed_and_pace()
    {
        // Given 4 m/s
        var pace = Pace.FromSpeed(4);

        // Then
        Assert.Equal(250, pace.SecondsPerKilometer, 9);
        Assert.Equal(4, pace.MetersPerSecond, 12);
        Assert.Equal("4:10 /km", pace.Format(DistanceUnit.Kilometer));
        Assert.Equal("6:42 /mi", pace.Format(DistanceUnit.Mile));
        Assert.True(pace < Pace.FromSecondsPerKilometer(300));
    }

    [Theory]
    [InlineData(299.5, "5:00 /km")]
    [InlineData(299.49, "4:59 /km")]
    [InlineData(4500, "75:00 /km")]
    public void Should_round_to_the_second_when_formatting(double secondsPerKilometer, string expected)
    {
        Assert.Equal(expected, Pace.FromSecondsPerKilometer(secondsPerKilometer).Format(DistanceUnit.Kilometer));
    }

    [Fact]
    public void Should_format_an_absurdly_slow_pace_without_overflowing()
    {
        // Given a valid pace far beyond what fits in a long number of seconds
        var pace = Pace.FromSecondsPerMeter(1e300);

        // When
        var text = pace.Format(DistanceUnit.Kilometer);

        // Then
        Assert.EndsWith(" /km", text, StringComparison.Ordinal);
    }
}
