namespace WorkoutGenerator.Cli.Tests;

/// <summary>An option a command does not know is an error that changes nothing, never silently ignored.</summary>
public sealed class UnknownOptionTests : IDisposable
{
    private readonly CliHarness _cli = new();

    [Fact]
    public void Should_refuse_an_unknown_plan_option_and_store_no_plan()
    {
        // Given
        _cli.ImportSyntheticExport();

        // When
        var result = _cli.Run("plan", "--race-date", "2027-03-21", "--race-kind", "half", "--db", _cli.DatabasePath);

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: unknown option 'race-kind'. See --help for the options.", result.Console.Trim());
        Assert.Contains("No plan stored yet", _cli.Run("plan", "--status", "--db", _cli.DatabasePath).Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_an_unknown_database_option_instead_of_using_the_default_database()
    {
        // Given no database anywhere
        var mistyped = Path.Combine(_cli.Folder, "x.db");

        // When
        var result = _cli.Run("runs", "--database", mistyped);

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: unknown option 'database'. See --help for the options.", result.Console.Trim());
        Assert.Empty(Directory.GetFileSystemEntries(_cli.Folder));
    }

    public void Dispose() => _cli.Dispose();
}
