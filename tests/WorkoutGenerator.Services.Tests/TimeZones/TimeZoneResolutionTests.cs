using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Services.Tests.Planning;
using WorkoutGenerator.Services.TimeZones;
using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Services.Tests.TimeZones;

public sealed class TimeZoneResolutionTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 4, 2, 0, 0, 0, TimeSpan.Zero));
    private readonly WorkoutDatabase _database;

    public TimeZoneResolutionTests() => _database = WorkoutDatabase.OpenInMemory(_time);

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Should_find_Auckland_from_FIT_offsets_on_both_sides_of_a_DST_change()
    {
        // Given a year of runs, +12 before 2024-09-29 and +13 after, on a computer set to UTC
        var runs = ZoneHistory.Runs(new DateOnly(2024, 6, 3), new DateOnly(2025, 3, 30), ZoneHistory.Auckland);

        // When
        var zone = RunnerTimeZones.Resolve(null, runs, _time);

        // Then
        Assert.Equal("Pacific/Auckland", zone.Zone.Id);
        Assert.Equal(TimeZoneSource.ActivityFiles, zone.Source);
        Assert.False(zone.IsGuess);
        Assert.StartsWith("Times are in Pacific/Auckland, from the local start times in your FIT files", zone.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_find_Los_Angeles_from_FIT_offsets_on_both_sides_of_a_DST_change()
    {
        // Given runs at -7 until 2024-11-03 and -8 after it, then -7 again from 2025-03-09
        var runs = ZoneHistory.Runs(new DateOnly(2024, 9, 2), new DateOnly(2025, 4, 20), ZoneHistory.LosAngeles);

        // When
        var zone = RunnerTimeZones.Resolve(null, runs, _time);

        // Then Vancouver and Tijuana keep the same clocks; the tie goes to the zone serving the most countries, then by name
        Assert.Equal("America/Los_Angeles", zone.Zone.Id);
    }

    [Fact]
    public void Should_name_the_zone_a_region_is_known_by_when_zones_keep_the_same_clock()
    {
        // Given runs at +10, then +11 from 2024-10-06: Sydney, Melbourne, Hobart and Macquarie all keep that clock
        var runs = ZoneHistory.Runs(new DateOnly(2024, 6, 3), new DateOnly(2025, 3, 30), ZoneHistory.Sydney);

        // When
        var zone = RunnerTimeZones.Resolve(null, runs, _time);

        // Then
        Assert.Equal("Australia/Sydney", zone.Zone.Id);
    }

    [Fact]
    public void Should_prefer_this_computers_zone_when_zones_tie()
    {
        // Given the Los Angeles history on a computer set to Vancouver's zone
        var runs = ZoneHistory.Runs(new DateOnly(2024, 9, 2), new DateOnly(2025, 4, 20), ZoneHistory.LosAngeles);
        _time.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("America/Vancouver"));

        // When
        var zone = RunnerTimeZones.Resolve(null, runs, _time);

        // Then
        Assert.Equal("America/Vancouver", zone.Zone.Id);
    }

    [Fact]
    public void Should_use_the_stored_setting_before_the_FIT_files()
    {
        // Given Auckland runs, and the runner said Los Angeles
        SyntheticRuns.Store(_database, ZoneHistory.Runs(new DateOnly(2024, 6, 3), new DateOnly(2025, 3, 30), ZoneHistory.Auckland));
        RunnerTimeZones.Remember(_database, "america/los_angeles");

        // When
        var zone = RunnerTimeZones.Resolve(_database, _time);

        // Then the id is the TZDB's own spelling, stored for every later command
        Assert.Equal("America/Los_Angeles", zone.Zone.Id);
        Assert.Equal(TimeZoneSource.Setting, zone.Source);
        Assert.Equal("America/Los_Angeles", _database.Settings.Get(SettingsRepository.TimeZoneKey));
        Assert.Equal("Times are in America/Los_Angeles, set with --tz.", zone.Note);
    }

    [Fact]
    public void Should_fall_back_to_this_computers_zone_with_a_note_when_no_run_has_a_local_time()
    {
        // Given runs from the CSV alone on a computer set to Paris
        var runs = ZoneHistory.Runs(new DateOnly(2025, 1, 6), new DateOnly(2025, 3, 30), ZoneHistory.Auckland)
            .Select(run => run with { StartLocal = null })
            .ToList();
        _time.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));

        // When
        var zone = RunnerTimeZones.Resolve(null, runs, _time);

        // Then
        Assert.Equal("Europe/Paris", zone.Zone.Id);
        Assert.True(zone.IsGuess);
        Assert.Equal(
            "No run has a local start time (from a FIT file) and no --tz was given: times are in this computer's time zone, Europe/Paris. Set yours with --tz Area/City.",
            zone.Note);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Auckland")]
    [InlineData("+13:00")]
    public void Should_refuse_an_unknown_zone_naming_the_option_and_store_nothing(string id)
    {
        // When
        var error = Assert.Throws<UserFacingException>(() => RunnerTimeZones.Remember(_database, id));

        // Then
        Assert.Equal($"--tz: unknown time zone \"{id}\": give an IANA name such as Europe/Paris, America/Los_Angeles or Pacific/Auckland.", error.Display);
        Assert.Null(_database.Settings.Get(SettingsRepository.TimeZoneKey));
    }
}
