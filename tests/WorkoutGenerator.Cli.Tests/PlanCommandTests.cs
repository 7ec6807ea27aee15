using System.Text.Json;
using WorkoutGenerator.Services.Exports;
using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Cli.Tests;

public sealed class PlanCommandTests : IDisposable
{
    private const string RaceDate = "2027-03-21";
    private readonly CliHarness _cli = new();

    [Fact]
    public void Should_print_the_next_workout_as_one_json_object_with_the_machine_fields()
    {
        // Given
        Import();

        // When
        var result = _cli.Run("next", "--json", "--db", _cli.DatabasePath);

        // Then
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Data);
        var workout = json.RootElement;
        Assert.Equal("2026-11-27", workout.GetProperty("date").GetString());
        Assert.Equal("07:00", workout.GetProperty("start").GetString());
        Assert.Contains(workout.GetProperty("type").GetString(), new[] { "easy", "long", "tempo", "interval", "recovery" });
        Assert.True(workout.GetProperty("distance_m").GetDouble() >= 3000);
        var pace = workout.GetProperty("pace_s_per_km").GetDouble();
        var range = workout.GetProperty("pace_range_s_per_km").EnumerateArray().Select(v => v.GetDouble()).ToList();
        Assert.Equal(2, range.Count);
        Assert.InRange(pace, range[0], range[1]);
        Assert.True(workout.GetProperty("duration_s").GetDouble() > 0);
        var reasons = workout.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
    }

    [Fact]
    public void Should_replay_the_next_workout_as_of_a_past_slot()
    {
        Import();

        var result = _cli.Run("next", "--at", "2026-11-10 18:30", "--json", "--db", _cli.DatabasePath);

        using var json = JsonDocument.Parse(result.Data);
        Assert.Equal("2026-11-10", json.RootElement.GetProperty("date").GetString());
        Assert.Equal("18:30", json.RootElement.GetProperty("start").GetString());
    }

    [Fact]
    public void Should_show_the_next_workout_as_a_card_with_why_reasons_and_predictor()
    {
        Import();

        var result = _cli.Run("next", "--units", "mi", "--db", _cli.DatabasePath);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Fri 2026-11-27 07:00", result.Console, StringComparison.Ordinal);
        Assert.Contains("/mi (range ", result.Console, StringComparison.Ordinal);
        Assert.Contains("Why", result.Console, StringComparison.Ordinal);
        Assert.Contains("• ", result.Console, StringComparison.Ordinal);
        Assert.Contains("recent-pace fallback: no trained model", result.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_print_the_plan_as_a_json_array_ending_with_the_race()
    {
        // Given
        Import();

        // When
        var result = _cli.Run("plan", "--race-date", RaceDate, "--json", "--db", _cli.DatabasePath);

        // Then
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Data);
        var workouts = json.RootElement.EnumerateArray().ToList();
        Assert.True(workouts.Count > 40, "16 weeks of about 5 runs");
        Assert.Equal(RaceDate, workouts[^1].GetProperty("date").GetString());
        Assert.Equal("race", workouts[^1].GetProperty("type").GetString());
        Assert.Equal(42195, workouts[^1].GetProperty("distance_m").GetDouble());
        Assert.All(workouts, w => Assert.True(string.CompareOrdinal(w.GetProperty("date").GetString(), "2026-11-26") >= 0));
        Assert.All(workouts, w => Assert.True(w.GetProperty("distance_m").GetDouble() >= 3000));
        Assert.Equal(workouts.Count, workouts.Select(w => w.GetProperty("date").GetString()).Distinct().Count());
    }

    [Fact]
    public void Should_show_weeks_phases_and_the_race_prediction_with_its_method()
    {
        Import();

        var result = _cli.Run("plan", "--race-date", RaceDate, "--race", "half", "--long-run-day", "sat", "--db", _cli.DatabasePath);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("New plan: no plan was stored.", result.Console, StringComparison.Ordinal);
        Assert.Contains("Race prediction: ", result.Console, StringComparison.Ordinal);
        Assert.Contains("Daniels'", result.Console, StringComparison.Ordinal);
        Assert.Contains("VDOT", result.Console, StringComparison.Ordinal);
        foreach (var phase in new[] { "Base", "Build", "StepBack", "Peak", "Taper", "Race" })
        {
            Assert.Contains(phase, result.Console, StringComparison.Ordinal);
        }

        // The build keeps the runner's long-run day; the taper's long runs follow the race's weekday (a Sunday).
        Assert.Contains("Sat 03-06 Long", result.Console, StringComparison.Ordinal);
        Assert.Contains("Sun 03-14 Long", result.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_write_an_ics_file_with_one_event_per_workout_and_a_csv()
    {
        // Given
        Import();
        var ics = Path.Combine(_cli.Folder, "plan.ics");
        var csv = Path.Combine(_cli.Folder, "plan.csv");

        // When
        var result = _cli.Run("plan", "--race-date", RaceDate, "--json", "--ics", ics, "--csv", csv, "--db", _cli.DatabasePath);

        // Then: Ical.Net reads every workout back as one event on its day, with its numbers in the description
        using var json = JsonDocument.Parse(result.Data);
        var workouts = json.RootElement.EnumerateArray().ToList();
        var calendar = Ical.Net.Calendar.Load(File.ReadAllText(ics))!;
        var events = calendar.Events.OrderBy(e => e.DtStart!.Value).ToList();
        Assert.Equal(workouts.Count, events.Count);
        foreach (var (workout, calendarEvent) in workouts.Zip(events))
        {
            Assert.Equal(workout.GetProperty("date").GetString(), calendarEvent.DtStart!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains("Pace ", calendarEvent.Description, StringComparison.Ordinal);
            Assert.Contains("Distance ", calendarEvent.Description, StringComparison.Ordinal);
            Assert.Contains("Duration ", calendarEvent.Description, StringComparison.Ordinal);
            Assert.Equal(workout.GetProperty("structure").ValueKind == JsonValueKind.Array, calendarEvent.Description!.Contains("Structure: ", StringComparison.Ordinal));
        }

        var lines = File.ReadAllLines(csv);
        Assert.Equal(CsvExporter.Header, lines[0]);
        Assert.Equal(workouts.Count, lines.Length - 1);
    }

    [Fact]
    public void Should_adapt_the_stored_plan_when_planning_again_later()
    {
        // Given a plan made three weeks ago (replayed with --from)
        Import();
        _cli.Run("plan", "--race-date", RaceDate, "--from", "2026-11-02", "--db", _cli.DatabasePath);

        // When
        var result = _cli.Run("plan", "--race-date", RaceDate, "--db", _cli.DatabasePath);

        // Then
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Adapted the stored plan (from 2026-11-02", result.Console, StringComparison.Ordinal);
        Assert.Contains("Re-planned from 2026-11-26", result.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_planned_against_done_per_week_and_day()
    {
        // Given a plan made three weeks ago (replayed with --from)
        Import();
        _cli.Run("plan", "--race-date", RaceDate, "--from", "2026-11-02", "--db", _cli.DatabasePath);

        // When
        var table = _cli.Run("plan", "--status", "--db", _cli.DatabasePath);
        var json = _cli.Run("plan", "--status", "--json", "--db", _cli.DatabasePath);

        // Then: the three weeks since 2026-11-02 held 15 runs, all of them counted
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Runs planned", table.Console, StringComparison.Ordinal);
        Assert.Contains("done", table.Console, StringComparison.Ordinal);
        Assert.Contains("upcoming", table.Console, StringComparison.Ordinal);
        using var status = JsonDocument.Parse(json.Data);
        Assert.Equal("2026-11-26", status.RootElement.GetProperty("as_of").GetString());
        Assert.Equal(RaceDate, status.RootElement.GetProperty("race_date").GetString());
        Assert.Equal(15, status.RootElement.GetProperty("weeks").EnumerateArray().Sum(w => w.GetProperty("done_runs").GetInt32()));
        var outcomes = status.RootElement.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("outcome").GetString()).ToHashSet();
        Assert.Contains("done", outcomes);
        Assert.Contains("upcoming", outcomes);
    }

    [Theory]
    [InlineData(new[] { "next", "--at", "tomorrow" }, "--at must be a date (yyyy-MM-dd) or a date and time (\"yyyy-MM-dd HH:mm\"), not \"tomorrow\".")]
    [InlineData(new[] { "next", "--at", "2026-11-27T07:00" }, "--at must be a date (yyyy-MM-dd) or a date and time (\"yyyy-MM-dd HH:mm\"), not \"2026-11-27T07:00\".")]
    [InlineData(new[] { "plan" }, "--race-date is required (yyyy-MM-dd), or use --status to compare the stored plan with what was run.")]
    [InlineData(new[] { "plan", "--race-date", "21/03/2027" }, "--race-date must be a date as yyyy-MM-dd, not \"21/03/2027\".")]
    [InlineData(new[] { "plan", "--race-date", "2027-03-21", "--from", "2026-13-01" }, "--from must be a date as yyyy-MM-dd, not \"2026-13-01\".")]
    [InlineData(new[] { "plan", "--race-date", "2027-03-21", "--race", "ultra" }, "--race must be marathon, half or 10k, not \"ultra\".")]
    [InlineData(new[] { "plan", "--race-date", "2027-03-21", "--runs-per-week", "9" }, "--runs-per-week: must be a whole number from 1 to 7, not \"9\".")]
    [InlineData(new[] { "plan", "--race-date", "2027-03-21", "--long-run-day", "funday" }, "--long-run-day must be a day of the week (mon, tue, wed, thu, fri, sat or sun), not \"funday\".")]
    [InlineData(new[] { "next" }, "No run of at least 2 km before 2026-11-27 07:00: import a Strava export first (workoutgen import <path>).")]
    [InlineData(new[] { "plan", "--race-date", "2027-03-21" }, "No run of at least 2 km before 2026-11-26: import a Strava export first (workoutgen import <path>).")]
    [InlineData(new[] { "plan", "--status" }, "No plan stored yet: make one with workoutgen plan --race-date yyyy-MM-dd.")]
    public void Should_fail_with_a_clear_message_on_bad_options_or_an_empty_database(string[] args, string message)
    {
        WorkoutDatabase.Open(_cli.DatabasePath, _cli.Time).Dispose();

        var result = _cli.Run([.. args, "--db", _cli.DatabasePath]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: " + message, result.Console.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-01", null, "The race date 2026-11-01 is not after 2026-11-26: a plan needs a race day in the future.")]
    [InlineData("2026-11-26", null, "The race date 2026-11-26 is not after 2026-11-26: a plan needs a race day in the future.")]
    [InlineData("2026-10-31", "2026-11-01", "The race date 2026-10-31 is not after 2026-11-01: a plan needs a race day in the future.")]
    public void Should_refuse_a_race_day_that_is_not_ahead(string raceDate, string? from, string message)
    {
        Import();
        string[] args = from is null ? ["plan", "--race-date", raceDate] : ["plan", "--race-date", raceDate, "--from", from];

        var result = _cli.Run([.. args, "--db", _cli.DatabasePath]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: " + message, result.Console.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();

    private void Import()
    {
        var csv = _cli.WriteFile("activities.csv", SyntheticExport.Csv());
        Assert.Equal(0, _cli.Run("import", csv, "--db", _cli.DatabasePath).ExitCode);
    }
}
