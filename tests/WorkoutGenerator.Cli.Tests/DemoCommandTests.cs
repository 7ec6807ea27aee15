namespace WorkoutGenerator.Cli.Tests;

[Collection("libtorch")]
public sealed class DemoCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    [Fact]
    public void Should_import_the_demo_athlete_and_show_weekly_mileage()
    {
        // Given a folder to keep the demo's files in
        var keep = Path.Combine(_cli.Folder, "demo");

        // When
        var result = _cli.Run("demo", "--keep", keep, "--units", "mi");

        // Then
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Runs imported", result.Console, StringComparison.Ordinal);
        Assert.Contains("Last 12 weeks", result.Console, StringComparison.Ordinal);
        Assert.Contains("Next workout", result.Console, StringComparison.Ordinal);
        Assert.Contains("Predictor  Transformer", result.Console, StringComparison.Ordinal);
        Assert.Contains("Plan to a marathon, first 3 weeks", result.Console, StringComparison.Ordinal);
        Assert.Contains("Race prediction: ", result.Console, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(keep, "activities.csv")));
        Assert.Contains("smaller demo budget", result.Console, StringComparison.Ordinal);
        Assert.Contains("Predicted pace for a run on", result.Console, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(keep, "demo.db.models", "transformer", "metadata.json")));
        var runs = _cli.Run("runs", "--json", "--db", Path.Combine(keep, "demo.db"));
        Assert.True(runs.Data.Split("\"id\"").Length > 300, "two years of 4-6 runs a week");
    }

    [Fact]
    public void Should_leave_no_files_behind_without_keep()
    {
        // When the demo runs without --keep
        var result = _cli.Run("demo");

        // Then the throw-away folder it worked in is gone
        Assert.Equal(0, result.ExitCode);
        Assert.False(Directory.Exists(DemoFolders.NamedIn(result.Console)));
    }

    public void Dispose() => _cli.Dispose();
}
