using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Tests.Units;

public sealed class DurationTests
{
    [Theory]
    [InlineData(0, "0:00")]
    [InlineData(7, "0:07")]
    [InlineData(59.4, "0:59")]
    [InlineData(59.5, "1:00")]
    [InlineData(2707, "45:07")]
    [InlineData(3599.5, "1:00:00")]
    [InlineData(5025, "1:23:45")]
    [InlineData(36000, "10:00:00")]
    [InlineData(360000, "100:00:00")]
    public void Should_format_as_minutes_or_hours(double seconds, string expected)
    {
        // Given
        var duration = Duration.FromSeconds(seconds);

        // When
        var text = duration.Format();

        // Then
        Assert.Equal(expected, text);
        Assert.Equal(expected, duration.ToString());
    }

    [Fact]
    public void Should_format_an_absurdly_long_duration_without_overflowing()
    {
        // Given a valid duration far beyond what fits in a long number of seconds
        var duration = Duration.FromSeconds(1e30);

        // When
        var text = duration.Format();

        // Then the hours carry all the digits
        Assert.Matches(@"^[0-9]{27}:[0-5][0-9]:[0-5][0-9]$", text);
    }

    [Fact]
    public void Should_add_subtract_scale_and_divide()
    {
        // Given
        var hour = Duration.FromHours(1);
        var tenMinutes = Duration.FromMinutes(10);

        // Then
        Assert.Equal(4200, (hour + tenMinutes).TotalSeconds, 9);
        Assert.Equal(3000, (hour - tenMinutes).TotalSeconds, 9);
        Assert.Equal(1800, (hour * 0.5).TotalSeconds, 9);
        Assert.Equal(6, hour / tenMinutes, 9);
        Assert.Equal(70, (hour + tenMinutes).TotalMinutes, 9);
        Assert.Equal(0.5, (hour * 0.5).TotalHours, 9);
    }

    [Fact]
    public void Should_refuse_arithmetic_that_leaves_the_valid_range()
    {
        // Given
        var short_ = Duration.FromMinutes(1);
        var huge = Duration.FromSeconds(double.MaxValue);

        // Then a negative or infinite result is a bug, not a value
        Assert.Throws<ArgumentOutOfRangeException>(() => short_ - Duration.FromMinutes(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => short_ * -1);
        Assert.Throws<ArgumentOutOfRangeException>(() => huge + huge);
    }

    [Fact]
    public void Should_compare_and_convert_to_a_time_span()
    {
        // Given
        var a = Duration.FromSeconds(90);
        var b = Duration.From(TimeSpan.FromMinutes(1.5));

        // Then
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.True(a < Duration.FromSeconds(91));
        Assert.True(Duration.Zero <= a);
        Assert.Equal(0, a.CompareTo(b));
        Assert.Equal(TimeSpan.FromSeconds(90), a.ToTimeSpan());
    }
}
