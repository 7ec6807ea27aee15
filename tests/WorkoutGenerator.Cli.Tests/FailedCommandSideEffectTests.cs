using System.Text.Json;

namespace WorkoutGenerator.Cli.Tests;

/// <summary>A command that fails changes nothing; a watch folder holds exactly the current plan's workouts.</summary>
public sealed class FailedCommandSideEffectTests : IDisposable
{
    private readonly CliHarness _cli = new();

    [Fact]
    public void Should_keep_the_stored_plan_when_an_export_folder_does_not_exist()
    {
        // Given a stored plan
        _cli.ImportSyntheticExport();
        Assert.Equal(0, _cli.Run("plan", "--race-date", "2027-03-21", "--db", _cli.DatabasePath).ExitCode);
        var csv = Path.Combine(_cli.Folder, "plan.csv");
        var ics = Path.Combine(_cli.Folder, "nodir", "p.ics");

        // When a new plan's calendar cannot be written
        var result = _cli.Run("plan", "--race-date", "2027-04-18", "--csv", csv, "--ics", ics, "--db", _cli.DatabasePath);

        // Then it fails before storing or writing anything
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error: {ics}: the folder {Path.Combine(_cli.Folder, "nodir")} does not exist.", result.Console.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.False(File.Exists(csv));
        using var status = JsonDocument.Parse(_cli.Run("plan", "--status", "--json", "--db", _cli.DatabasePath).Data);
        Assert.Equal("2027-03-21", status.RootElement.GetProperty("race_date").GetString());
    }

    [Fact]
    public void Should_hold_exactly_the_current_plans_workouts_in_the_watch_folder_and_keep_other_files()
    {
        // Given a watch folder with the runner's own files and a first plan's workouts
        _cli.ImportSyntheticExport();
        var folder = Directory.CreateDirectory(Path.Combine(_cli.Folder, "watch")).FullName;
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");
        File.WriteAllBytes(Path.Combine(folder, "2026-12-01-easy-mine.fit"), [1, 2, 3]);
        Assert.Equal(0, _cli.Run("plan", "--race-date", "2027-03-21", "--fit-dir", folder, "--db", _cli.DatabasePath).ExitCode);

        // When a plan for another race goes to the same folder
        var result = _cli.Run("plan", "--race-date", "2027-02-28", "--runs-per-week", "4", "--fit-dir", folder, "--json", "--db", _cli.DatabasePath);

        // Then the folder holds the new plan's workouts, the runner's files and the manifest, nothing else
        Assert.Equal(0, result.ExitCode);
        using var plan = JsonDocument.Parse(result.Data);
        var expected = plan.RootElement.EnumerateArray()
            .Where(workout => workout.GetProperty("type").GetString() != "race")
            .Select(workout => $"{workout.GetProperty("date").GetString()}-{workout.GetProperty("type").GetString()}.fit")
            .Concat(["notes.txt", "2026-12-01-easy-mine.fit", ".workoutgen-fit-files"])
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    public void Dispose() => _cli.Dispose();
}
