using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Services.Application;

namespace WorkoutGenerator.Services.Tests.Application;

/// <summary>One table of bounds: every request checks its numbers against it, whichever host made it.</summary>
public sealed class OptionBoundsTests
{
    [Fact]
    public void Should_refuse_a_seed_whose_ensemble_would_run_past_the_largest_integer()
    {
        // Given the largest seed and an ensemble of two (members train from seed, seed + 1)
        // When the request is made
        var error = Assert.Throws<UserFacingException>(() => new TrainingRequest(Seed: int.MaxValue, Ensemble: 2));

        // Then it is refused naming the range, never an overflow
        Assert.Equal($"seed: must be a whole number from 0 to {int.MaxValue - OptionBounds.Ensemble.Max} (each model of an ensemble uses the next seed), not \"{int.MaxValue}\".", error.Display);
    }

    [Fact]
    public void Should_accept_the_largest_seed_with_the_largest_ensemble_without_overflow()
    {
        // Given the largest seed the table allows and the largest ensemble
        var request = new TrainingRequest(Seed: OptionBounds.Seed.Max, Ensemble: OptionBounds.Ensemble.Max);

        // When the last member's seed is computed (checked arithmetic, as the build compiles it)
        var last = checked(request.Seed + request.Ensemble!.Value - 1);

        // Then it fits
        Assert.Equal(int.MaxValue - 1, last);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(-1)]
    public void Should_refuse_runs_a_week_outside_one_to_seven_in_the_request_itself(int runs)
    {
        // Given / When a plan request with that many runs a week
        var error = Assert.Throws<UserFacingException>(() => new PlanRequest(new DateOnly(2026, 10, 4), RunsPerWeek: runs));

        // Then the request refuses it, naming the range
        Assert.Equal($"runs-per-week: must be a whole number from 1 to 7, not \"{runs}\".", error.Display);
    }

    [Theory]
    [InlineData("ensemble", "2147483647")]
    [InlineData("threads", "100000")]
    [InlineData("epochs", "0")]
    [InlineData("fold-days", "366")]
    [InlineData("last", "0")]
    [InlineData("weeks", "-1")]
    [InlineData("port", "65536")]
    [InlineData("page", "0")]
    public void Should_refuse_a_value_outside_its_bound_naming_the_range(string name, string text)
    {
        // Given the option's bound in the table
        var bound = Assert.Single(OptionBounds.All, b => b.Name == name);

        // When the value is parsed
        var error = Assert.Throws<UserFacingException>(() => bound.Parse(text, "--" + name));

        // Then it names the option and the range
        Assert.Equal($"--{name}: must be a whole number from {bound.Min} to {bound.Max}", error.Display.Split(new[] { " (", ", not" }, StringSplitOptions.None)[0]);
        Assert.EndsWith($"not \"{text}\".", error.Display, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_bound_every_request_number_in_one_table_with_unique_names()
    {
        // Given / When the table
        var names = OptionBounds.All.Select(b => b.Name).ToList();

        // Then every option has one bound, and every range is a range
        Assert.Equal(names.Distinct().Count(), names.Count);
        Assert.All(OptionBounds.All, b => Assert.True(b.Min <= b.Max, b.Name));
        Assert.Equal(["seed", "ensemble", "epochs", "threads", "fold-days", "runs-per-week", "last", "weeks", "port", "page"], names);
    }

    [Fact]
    public void Should_quote_at_most_eighty_characters_of_a_value()
    {
        // Given a 120 KB argument
        var huge = new string('9', 120_000);

        // When it is parsed as a number of epochs
        var error = Assert.Throws<UserFacingException>(() => OptionBounds.Epochs.Parse(huge, "--epochs"));

        // Then the message quotes 80 characters of it
        Assert.Equal($"--epochs: must be a whole number from 1 to 1000, not \"{new string('9', 80)}…\".", error.Display);
    }
}
