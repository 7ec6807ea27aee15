using WorkoutGenerator.Domain.Analytics;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Tests;

public sealed class AcuteChronicRatiosTests
{
    [Theory]
    // Weekly km, then the ratio expected for each week (null: not yet four weeks, or nothing run in four).
    [InlineData(new double[] { 40, 40, 40, 40, 40 }, new[] { "", "", "", "1.000", "1.000" })]
    [InlineData(new double[] { 30, 30, 30, 70 }, new[] { "", "", "", "1.750" })]
    [InlineData(new double[] { 40, 40, 40, 0 }, new[] { "", "", "", "0.000" })]
    [InlineData(new double[] { 0, 0, 0, 0, 20 }, new[] { "", "", "", "", "4.000" })]
    [InlineData(new double[] { 50, 50 }, new[] { "", "" })]
    public void Should_divide_each_week_by_the_mean_of_it_and_the_three_before(double[] kilometres, string[] expected)
    {
        // Given consecutive weeks
        var weeks = kilometres.Select((km, i) => new WeekVolume(
            new DateOnly(2025, 1, 6).AddDays(7 * i), 1, Distance.FromKilometers(km), Duration.Zero, null, Distance.Zero, 0)).ToList();

        // When
        var ratios = AcuteChronicRatios.Weekly(weeks);

        // Then
        Assert.Equal(expected, ratios.Select(ratio => ratio?.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) ?? ""));
    }
}
