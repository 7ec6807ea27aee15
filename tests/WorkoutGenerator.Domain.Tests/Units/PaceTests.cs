using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Tests.Units;

public sealed class PaceTests
{
    [Theory]
    [InlineData("8:30 /mi", 510, DistanceUnit.Mile)]
    [InlineData("5:17 /km", 317, DistanceUnit.Kilometer)]
    [InlineData("5:17/km", 317, DistanceUnit.Kilometer)]
    [InlineData("4:05 min/km", 245, DistanceUnit.Kilometer)]
    public void Should_parse_pace_with_unit(string text, double seconds, DistanceUnit unit)
    {
        // When
        var result = Pace.Parse(text);

        // Then
        Assert.True(result.Success, result.Error);
        Assert.Equal(seconds, result.Value.SecondsPer(unit), 6);
    }

    [Theory]
    [InlineData("8:30", "A pace needs a unit, e.g. \"8:30 /mi\" or \"5:17 /km\".", 4)]
    [InlineData("8:75 /mi", "\"75\" must be below 60.", 2)]
    [InlineData("8:30 /yd", "Unknown pace unit \"yd\"; expected \"km\" or \"mi\".", 6)]
    [InlineData("", "A pace is empty; expected e.g. \"8:30 /mi\" or \"5:17 /km\".", 0)]
    public void Should_say_what_and_where_when_pace_is_bad(string text, string error, int position)
    {
        var result = Pace.Parse(text);

        Assert.False(result.Success);
        Assert.Equal(error, result.Error);
        Assert.Equal(position, result.Position);
    }

    [Fact]
    public void Should_format_a_pace_in_either_unit()
    {
        // Given 5:17 /km
        var pace = Pace.FromSecondsPerKilometer(317);

        // Then
        Assert.Equal("5:17 /km", pace.Format(DistanceUnit.Kilometer));
        Assert.Equal("8:30 /mi", pace.Format(DistanceUnit.Mile));
    }

    [Fact]
    public void Should_reject_NaN_and_negative_values()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Distance.FromMeters(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => Distance.FromMeters(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Duration.FromSeconds(double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => Pace.FromSecondsPerMeter(0));
    }
}
