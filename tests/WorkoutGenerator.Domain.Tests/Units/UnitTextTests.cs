using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Tests.Units;

public sealed class UnitTextTests
{
    private static readonly Distance Week = Distance.FromKilometers(60);
    private static readonly Pace Easy = Pace.FromSecondsPerKilometer(300);

    [Theory]
    [InlineData(DistanceUnit.Kilometer, "Weekly base 60.00 km, long run 24.1 km at 5:00 /km (4:50-5:00 /km), error 12.3 s/km, 4 runs on 2025-04-06.")]
    [InlineData(DistanceUnit.Mile, "Weekly base 37.28 mi, long run 15.0 mi at 8:03 /mi (7:47-8:03 /mi), error 19.8 s/mi, 4 runs on 2025-04-06.")]
    public void Should_render_the_quantities_of_a_domain_text_in_the_runners_unit(DistanceUnit unit, string expected)
    {
        // Given a text the Domain wrote without knowing the unit
        var text = UnitText.Of($"Weekly base {Week}, long run {Distance.FromKilometers(24.1):F1} at {Easy} ({Pace.FromSecondsPerKilometer(290):n}-{Easy}), error {UnitText.PaceDifference(12.3)}, {4} runs on {new DateOnly(2025, 4, 6):yyyy-MM-dd}.");

        // When
        var rendered = UnitText.Render(text, unit);

        // Then
        Assert.Equal(expected, rendered);
    }

    [Fact]
    public void Should_leave_text_without_quantities_as_it_is()
    {
        // Given a reason stored before quantities were tokens
        const string stored = "Capped at 12.00 km: at most 30% of the weekly volume (40.00 km) in one run.";

        // When / Then
        Assert.Equal(stored, UnitText.Render(stored, DistanceUnit.Mile));
    }

    [Fact]
    public void Should_keep_formatting_quantities_in_km_outside_unit_text()
    {
        // Given / When
        var plain = FormattableString.Invariant($"{Week:F1} at {Easy}");

        // Then
        Assert.Equal("60.0 km at 5:00 /km", plain);
    }

    [Theory]
    [InlineData(null, 2)]
    [InlineData("", 2)]
    [InlineData("F1", 1)]
    [InlineData("0", 0)]
    [InlineData("0.0", 1)]
    [InlineData("0.000", 3)]
    public void Should_read_the_decimals_from_the_format(string? format, int decimals)
    {
        Assert.Equal(decimals, UnitText.Decimals(format));
    }

    [Fact]
    public void Should_write_no_km_in_a_prescription_read_in_miles()
    {
        // Given a workout prescribed from a history, its why and reasons written by the Domain
        var history = Enumerable.Range(0, 42).Where(day => day % 7 < 5).Select(day => Training.Histories.Run(day, day % 7 == 4 ? 18 : 10)).ToList();
        var workout = NextWorkout.Prescribe(history, Training.Histories.Day0.AddDays(43), Training.Histories.Predict(300));

        // When
        var texts = workout.Reasons.Prepend(workout.Why).Select(text => UnitText.Render(text, DistanceUnit.Mile)).ToList();

        // Then
        Assert.Contains(texts, text => text.Contains(" mi", StringComparison.Ordinal));
        Assert.All(texts, text => Assert.DoesNotContain("km", text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DistanceUnit.Kilometer, "123 m")]
    [InlineData(DistanceUnit.Mile, "404 ft")]
    public void Should_show_a_climb_in_feet_with_miles(DistanceUnit unit, string expected)
    {
        Assert.Equal(expected, Distance.FromMeters(123).FormatClimb(unit));
    }
}
