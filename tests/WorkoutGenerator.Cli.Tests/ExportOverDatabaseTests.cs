using System.Security.Cryptography;

namespace WorkoutGenerator.Cli.Tests;

/// <summary>An export path that is the database (or one of its companion files) is refused before anything is written.</summary>
public sealed class ExportOverDatabaseTests : IDisposable
{
    private readonly CliHarness _cli = new();

    [Theory]
    [InlineData("next", "--fit", "", "this is the database")]
    [InlineData("next", "--fit", "-wal", "this is the database's -wal file")]
    [InlineData("plan", "--ics", "", "this is the database")]
    [InlineData("plan", "--csv", "", "this is the database")]
    [InlineData("plan", "--csv", "-shm", "this is the database's -shm file")]
    [InlineData("plan", "--ics", "-journal", "this is the database's -journal file")]
    [InlineData("plan", "--fit-dir", "", "this is the database")]
    public void Should_refuse_to_write_an_export_over_the_database(string command, string option, string suffix, string what)
    {
        // Given a database with runs and a stored plan, and an output path that names it through "sub/.."
        _cli.ImportSyntheticExport();
        Assert.Equal(0, _cli.Run("plan", "--race-date", "2027-03-21", "--db", _cli.DatabasePath).ExitCode);
        Directory.CreateDirectory(Path.Combine(_cli.Folder, "sub"));
        var output = Path.Combine(_cli.Folder, "sub", "..", "test.db" + suffix);
        var before = Snapshot();

        // When
        string[] args = command == "plan" ? ["plan", "--race-date", "2027-04-18", option, output] : ["next", option, output];
        var result = _cli.Run([.. args, "--db", _cli.DatabasePath]);

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(
            $"error: {output}: {what} ({_cli.DatabasePath}): writing there would destroy it. Choose another file name.",
            result.Console.Replace("\n", "", StringComparison.Ordinal),
            StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
        Assert.Contains("2027-03-21", _cli.Run("plan", "--status", "--json", "--db", _cli.DatabasePath).Data, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_an_export_path_that_is_a_symbolic_link_to_the_database()
    {
        // Given
        _cli.ImportSyntheticExport();
        var link = Path.Combine(_cli.Folder, "calendar.ics");
        File.CreateSymbolicLink(link, _cli.DatabasePath);
        var before = Snapshot();

        // When
        var result = _cli.Run("plan", "--race-date", "2027-03-21", "--ics", link, "--db", _cli.DatabasePath);

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error: {link}: this is the database", result.Console, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    public void Dispose() => _cli.Dispose();

    private string Snapshot() => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(_cli.DatabasePath)));
}
