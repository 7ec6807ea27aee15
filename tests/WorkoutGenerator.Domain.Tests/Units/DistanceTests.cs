using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Tests.Units;

public sealed class DistanceTests
{
    [Theory]
    [InlineData(42195, DistanceUnit.Kilometer, 2, "42.20 km")]
    [InlineData(42195, DistanceUnit.Mile, 2, "26.22 mi")]
    [InlineData(42195, DistanceUnit.Mile, 1, "26.2 mi")]
    [InlineData(10000, DistanceUnit.Kilometer, 0, "10 km")]
    [InlineData(0, DistanceUnit.Kilometer, 2, "0.00 km")]
    [InlineData(1609.344, DistanceUnit.Mile, 3, "1.000 mi")]
    public void Should_format_in_the_runners_unit(double meters, DistanceUnit unit, int decimals, string expected)
    {
        // Given
        var distance = Distance.FromMeters(meters);

        // When
        var text = distance.Format(unit, decimals);

        // Then
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(16)]
    public void Should_reject_a_silly_number_of_decimals(int decimals)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Distance.FromKilometers(5).Format(DistanceUnit.Kilometer, decimals));
    }

    [Fact]
    public void Should_convert_between_units()
    {
        // Given
        var marathon = Distance.FromKilometers(42.195);

        // Then
        Assert.Equal(42195, marathon.Meters, 9);
        Assert.Equal(26.2188, marathon.Miles, 4);
        Assert.Equal(marathon.Miles, marathon.In(DistanceUnit.Mile), 12);
        Assert.Equal(1609.344, Distance.FromMiles(1).Meters, 12);
        Assert.Equal(Distance.FromMiles(3).Meters, Distance.From(3, DistanceUnit.Mile).Meters, 12);
    }

    [Fact]
    public void Should_add_subtract_scale_and_divide()
    {
        // Given
        var ten = Distance.FromKilometers(10);
        var five = Distance.FromKilometers(5);

        // Then
        Assert.Equal(15000, (ten + five).Meters, 9);
        Assert.Equal(5000, (ten - five).Meters, 9);
        Assert.Equal(25000, (ten * 2.5).Meters, 9);
        Assert.Equal(2, ten / five, 12);
        Assert.Equal(ten, Distance.Max(ten, five));
        Assert.Equal(five, Distance.Min(ten, five));
        Assert.True(five < ten);
        Assert.True(ten != five);
    }

    [Fact]
    public void Should_refuse_arithmetic_that_leaves_the_valid_range()
    {
        // Given
        var five = Distance.FromKilometers(5);
        var huge = Distance.FromMeters(double.MaxValue);

        // Then
        Assert.Throws<ArgumentOutOfRangeException>(() => five - Distance.FromKilometers(6));
        Assert.Throws<ArgumentOutOfRangeException>(() => five * double.NaN);
        Assert.Throws<ArgumentOutOfRangeException>(() => huge + huge);
    }
}
