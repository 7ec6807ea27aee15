namespace WorkoutGenerator.Cli.Tests;

/// <summary>Failures read as sentences that name the option or the file, never as a library's raw message.</summary>
public sealed class RawErrorTextTests : IDisposable
{
    private readonly CliHarness _cli = new();

    [Theory]
    [InlineData(new[] { "runs", "--last", "99999999999" }, "--last: must be a whole number from 1 to 1000000, not \"99999999999\".")]
    [InlineData(new[] { "stats", "--weeks", "many" }, "--weeks: must be a whole number from 0 to 5200 (0 shows every week), not \"many\".")]
    [InlineData(new[] { "plan", "--race-date", "2027-03-21", "--runs-per-week", "5.5" }, "--runs-per-week: must be a whole number from 1 to 7, not \"5.5\".")]
    [InlineData(new[] { "train", "--epochs", "1e9" }, "--epochs: must be a whole number from 1 to 1000, not \"1e9\".")]
    [InlineData(new[] { "evaluate", "--fold-days", "28d" }, "--fold-days: must be a whole number from 1 to 365, not \"28d\".")]
    public void Should_name_the_option_whose_number_cannot_be_read(string[] args, string message)
    {
        var result = _cli.Run([.. args, "--db", _cli.DatabasePath]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: " + message, result.Console.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("runs")]
    [InlineData("stats")]
    [InlineData("predict")]
    [InlineData("next")]
    [InlineData("plan", "--status")]
    [InlineData("plan", "--race-date", "2027-03-21")]
    [InlineData("train")]
    [InlineData("evaluate")]
    public void Should_create_no_database_at_a_mistyped_path(params string[] args)
    {
        // Given
        var mistyped = Path.Combine(_cli.Folder, "typo", "workoutgne.db");

        // When
        var result = _cli.Run([.. args, "--db", mistyped]);

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(
            $"error: no database at {mistyped}: import an export first (workoutgen import <export>), or pass --db with the right file.",
            result.Console.Replace("\n", "", StringComparison.Ordinal),
            StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_cli.Folder));
    }

    [Fact]
    public void Should_name_the_file_that_is_not_a_database()
    {
        // Given
        var notes = _cli.WriteFile("notes.db", "my running notes " + new string('.', 200));

        // When
        var result = _cli.Run("runs", "--db", notes);

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(
            $"error: {notes}: not a SQLite database, so not a workoutgen database; it was left unchanged. Give --db the path of your workoutgen database, or of a file that does not exist yet.",
            result.Console.Replace("\n", "", StringComparison.Ordinal),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_which_database_cannot_be_made_and_why()
    {
        // Given a "folder" that is a file
        var blocker = _cli.WriteFile("blocker", "");
        var path = Path.Combine(blocker, "test.db");

        // When
        var result = _cli.Run("import", _cli.WriteFile("activities.csv", SyntheticExport.Csv()), "--db", path);

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error: {path}: cannot create the database's folder: ", result.Console.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite Error", result.Console, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
