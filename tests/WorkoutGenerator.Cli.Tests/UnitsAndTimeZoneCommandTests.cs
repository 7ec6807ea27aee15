using System.Text.Json;
using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Cli.Tests;

public sealed class UnitsAndTimeZoneCommandTests : IDisposable
{
    private const string RaceDate = "2027-03-21";
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Auckland")]
    public void Should_refuse_an_unknown_time_zone_naming_the_option_and_store_nothing(string zone)
    {
        // Given
        Import();

        // When
        var result = _cli.Run("next", "--tz", zone, "--db", _cli.DatabasePath);

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"error: --tz: unknown time zone \"{zone}\": give an IANA name such as Europe/Paris, America/Los_Angeles or Pacific/Auckland.",
            result.Console.Trim().ReplaceLineEndings(" "));
        using var database = WorkoutDatabase.Open(_cli.DatabasePath, _cli.Time);
        Assert.Null(database.Settings.Get(SettingsRepository.TimeZoneKey));
    }

    [Fact]
    public void Should_remember_the_time_zone_given_once_for_every_later_command()
    {
        // Given the harness clock, 2026-11-26 07:00 UTC: still 2026-11-25 23:00 in Los Angeles
        Import();

        // When
        var once = _cli.Run("next", "--json", "--tz", "America/Los_Angeles", "--db", _cli.DatabasePath);
        var later = _cli.Run("next", "--db", _cli.DatabasePath);

        // Then the next 07:00 is the runner's, the day before UTC's, and the card says which clock it is on
        using var json = JsonDocument.Parse(once.Data);
        Assert.Equal("2026-11-26", json.RootElement.GetProperty("date").GetString());
        Assert.Contains("Thu 2026-11-26 07:00", later.Console, StringComparison.Ordinal);
        Assert.Contains("Times are in America/Los_Angeles, set with --tz.", later.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_when_the_time_zone_is_this_computers_guess()
    {
        // Given runs from activities.csv alone (no FIT file) and no --tz
        Import();

        // When
        var result = _cli.Run("next", "--db", _cli.DatabasePath);

        // Then
        Assert.Contains("note: No run has a local start time (from a FIT file) and no --tz was given: times are in this computer's time zone, UTC.", result.Console.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_the_next_workout_card_in_miles_with_no_kilometre_anywhere()
    {
        // Given
        Import();

        // When
        var result = _cli.Run("next", "--units", "mi", "--db", _cli.DatabasePath);

        // Then the card, its why line and every reason speak miles
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Session", result.Console, StringComparison.Ordinal);
        Assert.Contains("Why", result.Console, StringComparison.Ordinal);
        Assert.Contains(" mi", result.Console, StringComparison.Ordinal);
        Assert.DoesNotContain("km", result.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_the_plan_in_miles_with_each_session_structure_in_its_row()
    {
        // Given
        Import();

        // When
        var result = _cli.Run("plan", "--race-date", RaceDate, "--units", "mi", "--db", _cli.DatabasePath);

        // Then: a quality row reads like "Tue 12-01 Tempo 7.5 mi: 1.24 mi WU, 25 min at 6:02 /mi, 1.9 mi CD"
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"(Tempo|Interval) \d+\.\d mi: 1\.24 mi WU, ", result.Console);
        Assert.Matches(@"(Easy|Long|Recovery) \d+\.\d mi at \d+:\d\d /mi", result.Console);
        Assert.DoesNotContain("km", result.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_write_the_plan_texts_in_miles_in_json_and_csv()
    {
        // Given
        Import();
        var csv = Path.Combine(_cli.Folder, "plan.csv");

        // When
        var result = _cli.Run("plan", "--race-date", RaceDate, "--units", "mi", "--json", "--csv", csv, "--db", _cli.DatabasePath);

        // Then the numbers stay SI and per km (their names say so), the texts read in miles
        using var json = JsonDocument.Parse(result.Data);
        var texts = json.RootElement.EnumerateArray()
            .SelectMany(workout => workout.GetProperty("reasons").EnumerateArray().Select(reason => reason.GetString()!).Append(workout.GetProperty("why").GetString()!))
            .ToList();
        Assert.Contains(texts, text => text.Contains(" mi", StringComparison.Ordinal));
        Assert.All(texts, text => Assert.DoesNotContain("km", text, StringComparison.Ordinal));
        var rows = File.ReadAllLines(csv).Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.DoesNotContain("km", row, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_show_climbs_in_feet_with_miles()
    {
        // Given runs of 20 m elevation gain
        Import();

        // When
        var result = _cli.Run("runs", "--last", "3", "--units", "mi", "--db", _cli.DatabasePath);

        // Then
        Assert.Contains("66 ft", result.Console, StringComparison.Ordinal);
        Assert.DoesNotContain("20 m", result.Console, StringComparison.Ordinal);
    }

    private void Import()
    {
        var csv = _cli.WriteFile("activities.csv", SyntheticExport.Csv());
        Assert.Equal(0, _cli.Run("import", csv, "--db", _cli.DatabasePath).ExitCode);
    }
}
