using WorkoutGenerator.Model.Features;
using static WorkoutGenerator.Model.Tests.Support.TestRuns;

namespace WorkoutGenerator.Model.Tests.Features;

public sealed class WeekTimeTests
{
    [Theory]
    [InlineData("2026-03-02T00:00:00", 0.0, true)]
    [InlineData("2026-03-04T06:00:00", 2.25, true)]
    [InlineData("2026-03-08T18:00:00", 6.75, true)]
    [InlineData("2026-03-08T00:00:01", 6.5, false)]
    [InlineData("2026-03-03T00:00:00", 1.0, true)]
    public void Should_place_a_wall_clock_in_the_week_from_monday_midnight(string wallClock, double days, bool timeOfDayKnown)
    {
        // Given a local wall-clock start (00:00:01 is Strava's hidden time of day)
        var start = DateTime.Parse(wallClock, System.Globalization.CultureInfo.InvariantCulture);

        // When it is placed in the week
        var weekTime = WeekTime.Of(start, clockIsUtc: false);

        // Then the fraction counts days from Monday 00:00, and a hidden time sits at midday of its date, flagged
        Assert.Equal(days / 7, weekTime.Fraction, 12);
        Assert.Equal(timeOfDayKnown, weekTime.TimeOfDayKnown);
    }

    [Fact]
    public void Should_use_the_local_clock_and_say_when_only_utc_is_known()
    {
        // Given the same instant with a local start 3 hours ahead, and without a local start
        var utc = Monday.AddHours(22);
        var local = Run("local", utc, startLocal: Monday.DateTime.AddHours(25));
        var utcOnly = Run("utc", utc, startLocal: null);

        // When each is placed in the week
        var localTime = WeekTime.Of(local);
        var utcTime = WeekTime.Of(utcOnly);

        // Then the local one is Tuesday 01:00; the UTC one is Monday 22:00 and flagged as a UTC clock
        Assert.Equal((1 + (1 / 24.0)) / 7, localTime.Fraction, 12);
        Assert.False(localTime.ClockIsUtc);
        Assert.Equal(22 / 24.0 / 7, utcTime.Fraction, 12);
        Assert.True(utcTime.ClockIsUtc);
    }

    [Fact]
    public void Should_flag_a_hidden_time_of_day_in_tokens_and_slots()
    {
        // Given a run whose time Strava hid, before a run with a known time
        var hidden = OnDay("hidden", 1) with { StartLocal = Monday.DateTime.AddDays(1).AddSeconds(1) };
        var dataset = PaceDatasetBuilder.Build([hidden, OnDay("known", 2.25) with { StartLocal = null }]);

        // When the token and the slot are written out
        var token = PaceDatasetBuilderTests.RawTokens(dataset.Samples.Single())[0];
        var slot = new double[PaceFeatures.Decoder.Count];
        dataset.Samples.Single().Slot.WriteRaw(slot);

        // Then the token's time of day is flagged missing (midday assumed), and the slot is flagged as UTC
        Assert.Equal(1, token[PaceFeatures.Token.TimeOfDayMissing]);
        Assert.Equal(1.5 / 7, token[PaceFeatures.Token.TimeOfWeek], 12);
        Assert.Equal(0, token[PaceFeatures.Token.ClockIsUtc]);
        Assert.Equal(0, slot[PaceFeatures.Decoder.TimeOfDayMissing]);
        Assert.Equal(1, slot[PaceFeatures.Decoder.ClockIsUtc]);
    }
}
