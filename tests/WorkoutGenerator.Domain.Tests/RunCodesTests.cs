using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Domain.Tests;

public sealed class RunCodesTests
{
    [Fact]
    public void Should_give_every_workout_type_its_own_code_that_reads_back()
    {
        // Given
        var types = Enum.GetValues<WorkoutType>();

        // When
        var codes = types.Select(type => type.Code()).ToList();

        // Then
        Assert.Equal(types.Length, codes.Distinct().Count());
        Assert.Equal(types, codes.Select(WorkoutTypeExtensions.ParseCode));
    }

    [Fact]
    public void Should_give_every_sport_type_its_own_code_that_reads_back()
    {
        // Given
        var sports = Enum.GetValues<SportType>();

        // When
        var codes = sports.Select(sport => sport.Code()).ToList();

        // Then
        Assert.Equal(sports.Length, codes.Distinct().Count());
        Assert.Equal(sports, codes.Select(SportTypeExtensions.ParseCode));
    }

    [Theory]
    [InlineData("Race")]
    [InlineData("")]
    public void Should_refuse_an_unknown_code(string code)
    {
        // When
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => WorkoutTypeExtensions.ParseCode(code));

        // Then
        Assert.StartsWith("Unknown workout type code.", error.Message, StringComparison.Ordinal);
    }
}
