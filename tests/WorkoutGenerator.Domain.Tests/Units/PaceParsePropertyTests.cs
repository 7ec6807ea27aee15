using CsCheck;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Tests.Units;

public sealed class PaceParsePropertyTests
{
    private static readonly Gen<DistanceUnit> Units = Gen.OneOf(DistanceUnit.Kilometer, DistanceUnit.Mile);

    [Fact]
    public void Should_round_trip_format_and_parse_to_the_second()
    {
        // Given any pace from 1 s to 100 h per unit, in either unit
        Gen.Select(Gen.Double[1, 360_000], Units).Sample((seconds, unit) =>
        {
            var pace = Pace.FromSeconds(seconds, unit);

            // When
            var text = pace.Format(unit);
            var parsed = Pace.Parse(text);

            // Then
            Assert.True(parsed.Success, $"{text}: {parsed.Error}");
            Assert.Equal(Math.Round(pace.SecondsPer(unit), MidpointRounding.AwayFromZero), parsed.Value.SecondsPer(unit), 6);
            Assert.Equal(text, parsed.Value.Format(unit));
        });
    }

    [Fact]
    public void Should_answer_any_string_with_a_result_that_points_inside_it()
    {
        // Given arbitrary strings, and strings built from the characters a pace is made of
        var paceish = Gen.String[Gen.Char["0123456789:/ .kmimin"], 0, 24];
        var anything = Gen.OneOf<string>(Gen.String, paceish, Gen.Char['0', '9'].Array[300, 400].Select(d => new string(d) + ":00 /km"));

        anything.Sample(text =>
        {
            // When
            var result = Pace.Parse(text);

            // Then
            if (!result.Success)
            {
                Assert.False(string.IsNullOrEmpty(result.Error));
                Assert.InRange(result.Position, 0, text.Length);
            }
        });
    }

    [Fact]
    public void Should_refuse_a_run_of_digits_that_would_overflow()
    {
        // Given a minutes figure of 400 digits
        var text = new string('9', 400) + ":00 /km";

        // When
        var result = Pace.Parse(text);

        // Then
        Assert.False(result.Success);
        Assert.Equal("A pace must be shorter than 1000 hours per unit.", result.Error);
        Assert.Equal(0, result.Position);
    }
}
