using System.Text.Json;
using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Cli.Tests;

public sealed class CommandTests : IDisposable
{
    private const string TwoRunsAndARide =
        "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed,Average Speed,Elevation Gain\n" +
        "101,\"Mar 12, 2024, 6:00:00 PM\",Evening Run,Run,,3100,10.02,,,false,,,,,,3100.0,3000.0,10020.5,4.1,3.34,55.0\n" +
        "102,\"Mar 14, 2024, 6:30:00 AM\",Morning Ride,Ride,,3600,30.00,,,false,,,,,,3600.0,3500.0,30000.0,9.0,8.5,120.0\n" +
        "103,\"Mar 16, 2024, 7:15:00 AM\",Long slow run,Run,,7300,21.10,,,false,,,,,,7300.0,7200.0,21100.0,3.5,2.9,\n";

    private readonly CliHarness _cli = new();

    [Fact]
    public void Should_print_runs_as_one_json_array_with_the_documented_fields()
    {
        // Given
        var csv = _cli.WriteFile("activities.csv", TwoRunsAndARide);
        Assert.Equal(0, _cli.Run("import", csv, "--db", _cli.DatabasePath).ExitCode);

        // When
        var result = _cli.Run("runs", "--json", "--db", _cli.DatabasePath);

        // Then
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Data);
        var runs = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, runs.Count);
        var first = runs[0];
        Assert.Equal("101", first.GetProperty("id").GetString());
        Assert.Equal("2024-03-12T18:00:00Z", first.GetProperty("start_utc").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("start_local").ValueKind);
        Assert.Equal(10020.5, first.GetProperty("distance_m").GetDouble());
        Assert.Equal(3000.0, first.GetProperty("moving_time_s").GetDouble());
        Assert.Equal(55.0, first.GetProperty("elevation_gain_m").GetDouble());
        Assert.Equal("bulk_export", first.GetProperty("source").GetString());
        Assert.False(string.IsNullOrEmpty(first.GetProperty("workout_type").GetString()));
        Assert.Equal(JsonValueKind.Null, runs[1].GetProperty("elevation_gain_m").ValueKind);
    }

    [Fact]
    public void Should_print_only_the_newest_runs_with_last()
    {
        var csv = _cli.WriteFile("activities.csv", TwoRunsAndARide);
        _cli.Run("import", csv, "--db", _cli.DatabasePath);

        var result = _cli.Run("runs", "--last", "1", "--json", "--db", _cli.DatabasePath);

        using var json = JsonDocument.Parse(result.Data);
        Assert.Equal("103", Assert.Single(json.RootElement.EnumerateArray().ToList()).GetProperty("id").GetString());
    }

    [Fact]
    public void Should_add_no_runs_when_the_same_real_export_is_imported_twice()
    {
        // Given a real runner's export
        var export = TestData.StravaPath("us-michaeldik", "activities.csv");

        // When
        var first = _cli.Run("import", export, "--json", "--db", _cli.DatabasePath);
        var second = _cli.Run("import", export, "--json", "--db", _cli.DatabasePath);

        // Then
        using var firstJson = JsonDocument.Parse(first.Data);
        using var secondJson = JsonDocument.Parse(second.Data);
        Assert.Equal(0, first.ExitCode);
        Assert.True(firstJson.RootElement.GetProperty("runs_imported").GetInt32() > 600);
        Assert.Equal(0, secondJson.RootElement.GetProperty("runs_imported").GetInt32());
        Assert.Equal(
            firstJson.RootElement.GetProperty("runs_imported").GetInt32(),
            secondJson.RootElement.GetProperty("runs_already_stored").GetInt32());
    }

    [Fact]
    public void Should_use_WORKOUTGEN_DB_when_no_db_option_is_given()
    {
        // Given
        var csv = _cli.WriteFile("activities.csv", TwoRunsAndARide);
        var fromEnvironment = Path.Combine(_cli.Folder, "env", "runs.db");
        _cli.Environment["WORKOUTGEN_DB"] = fromEnvironment;

        // When
        var result = _cli.Run("import", csv);

        // Then
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(fromEnvironment));
    }

    [Fact]
    public void Should_show_weekly_mileage_in_the_chosen_unit()
    {
        var csv = _cli.WriteFile("activities.csv", TwoRunsAndARide);
        _cli.Run("import", csv, "--db", _cli.DatabasePath);

        var table = _cli.Run("stats", "--units", "mi", "--db", _cli.DatabasePath);
        var json = _cli.Run("stats", "--json", "--db", _cli.DatabasePath);

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("2024-03-11", table.Console, StringComparison.Ordinal);
        Assert.Contains("19.3 mi", table.Console, StringComparison.Ordinal);
        using var weeks = JsonDocument.Parse(json.Data);
        var week = Assert.Single(weeks.RootElement.EnumerateArray().ToList());
        Assert.Equal(2, week.GetProperty("runs").GetInt32());
        Assert.Equal(31120.5, week.GetProperty("distance_m").GetDouble());
    }

    [Theory]
    [InlineData(new[] { "import", "/no/such/export.zip" }, "/no/such/export.zip: no such file or folder.")]
    [InlineData(new[] { "runs", "--units", "furlongs" }, "--units must be mi or km, not \"furlongs\".")]
    [InlineData(new[] { "runs", "--last", "0" }, "--last: must be a whole number from 1 to 1000000, not \"0\".")]
    public void Should_fail_with_a_clear_message_and_a_non_zero_exit_code(string[] args, string message)
    {
        var result = _cli.Run([.. args, "--db", _cli.DatabasePath]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(message, result.Console.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_fail_and_store_nothing_when_the_export_is_not_a_zip()
    {
        // Given a half-downloaded zip
        var broken = Path.Combine(_cli.Folder, "export.zip");
        File.WriteAllBytes(broken, [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]);

        // When
        var result = _cli.Run("import", broken, "--db", _cli.DatabasePath);

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nothing was stored", result.Console, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.DatabasePath), "a failed first import leaves no database file");
    }

    [Fact]
    public void Should_describe_every_command_in_help()
    {
        var result = _cli.Run("--help");

        foreach (var command in new[] { "import", "runs", "stats", "demo" })
        {
            Assert.Contains(command, result.Console, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _cli.Dispose();
}
