using System.Text.Json;
using WorkoutGenerator.Import.Fit;
using WorkoutGenerator.Import.Fit.Reading;

namespace WorkoutGenerator.Cli.Tests;

public sealed class FitExportCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    [Fact]
    public void Should_write_the_next_workout_as_a_fit_workout_the_decoder_reads_back()
    {
        // Given
        Import();
        var fit = Path.Combine(_cli.Folder, "next.fit");

        // When
        var result = _cli.Run("next", "--fit", fit, "--json", "--db", _cli.DatabasePath);

        // Then the file holds the prescribed distance with the pace range as speed targets
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Data);
        var workout = FitWorkoutReader.Read(File.ReadAllBytes(fit));
        var steps = workout.Steps.OfType<FitIntervalStep>().ToList();
        Assert.NotEmpty(steps);
        Assert.All(steps, step => Assert.True(step.FastestSpeed > step.SlowestSpeed));
        if (json.RootElement.GetProperty("structure").ValueKind == JsonValueKind.Null)
        {
            var step = Assert.Single(steps);
            Assert.Equal(json.RootElement.GetProperty("distance_m").GetDouble(), step.Length.Distance!.Value.Meters, 1);
        }
    }

    [Fact]
    public void Should_write_one_fit_workout_per_training_run_of_the_plan()
    {
        // Given
        Import();
        var folder = Path.Combine(_cli.Folder, "watch");

        // When
        var result = _cli.Run("plan", "--race-date", "2027-03-21", "--fit-dir", folder, "--json", "--db", _cli.DatabasePath);

        // Then every planned run but the race itself has a readable file named after its date and type
        using var plan = JsonDocument.Parse(result.Data);
        var training = plan.RootElement.EnumerateArray().Where(workout => workout.GetProperty("type").GetString() != "race").ToList();
        var files = Directory.GetFiles(folder, "*.fit").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            training.Select(workout => $"{workout.GetProperty("date").GetString()}-{workout.GetProperty("type").GetString()}.fit").Order(StringComparer.Ordinal),
            files);
        Assert.All(Directory.GetFiles(folder, "*.fit"), file => Assert.NotEmpty(FitWorkoutReader.Read(File.ReadAllBytes(file)).Steps));
    }

    public void Dispose() => _cli.Dispose();

    private void Import()
    {
        var csv = _cli.WriteFile("activities.csv", SyntheticExport.Csv());
        Assert.Equal(0, _cli.Run("import", csv, "--db", _cli.DatabasePath).ExitCode);
    }
}
