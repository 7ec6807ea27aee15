namespace WorkoutGenerator.Cli.Tests;

/// <summary>Dates far from today fail at once with the bounds in the message; the first Ctrl-C stops a command.</summary>
public sealed class AbsurdDateTests : IDisposable
{
    private readonly CliHarness _cli = new();

    [Theory]
    [InlineData(new[] { "plan", "--race-date", "9999-12-31" }, "The race date 9999-12-31 is 416,016 weeks after 2026-11-26: a plan reaches at most 52 weeks ahead, so the race must be on or before 2027-11-25.")]
    [InlineData(new[] { "plan", "--race-date", "2027-03-21", "--from", "0001-01-01" }, "The first day of the plan 0001-01-01 is before 1990-01-01: choose a day from 1990-01-01 to 2027-11-25.")]
    [InlineData(new[] { "plan", "--race-date", "9999-12-31", "--from", "9999-12-30" }, "The first day of the plan 9999-12-30 is more than 52 weeks after today (2026-11-26): choose a day from 1990-01-01 to 2027-11-25.")]
    [InlineData(new[] { "plan", "--race-date", "2026-11-01" }, "The race date 2026-11-01 is not after 2026-11-26: a plan needs a race day in the future.")]
    [InlineData(new[] { "plan", "--status", "--from", "9999-12-31" }, "The day to compare up to 9999-12-31 is more than 52 weeks after today (2026-11-26): choose a day from 1990-01-01 to 2027-11-25.")]
    [InlineData(new[] { "next", "--at", "9999-12-31 23:59" }, "The day to prescribe for 9999-12-31 is more than 52 weeks after today (2026-11-26): choose a day from 1990-01-01 to 2027-11-25.")]
    [InlineData(new[] { "next", "--at", "0001-01-01" }, "The day to prescribe for 0001-01-01 is before 1990-01-01: choose a day from 1990-01-01 to 2027-11-25.")]
    [InlineData(new[] { "predict", "--at", "9999-12-31 23:59" }, "--at: The day to predict for 9999-12-31 is more than 52 weeks after today (2026-11-26): choose a day from 1990-01-01 to 2027-11-25.")]
    [InlineData(new[] { "predict", "--at", "0001-01-01 00:00" }, "--at: The day to predict for 0001-01-01 is before 1990-01-01: choose a day from 1990-01-01 to 2027-11-25.")]
    public void Should_refuse_a_day_beyond_the_planning_horizon_at_once(string[] args, string message)
    {
        // Given
        _cli.ImportSyntheticExport();

        // When
        var result = _cli.Run([.. args, "--db", _cli.DatabasePath]);

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: " + message, result.Console.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plan", "--race-date", "2027-03-21")]
    [InlineData("next", "--at", "2026-11-27")]
    public void Should_stop_at_the_first_ctrl_c_and_store_or_write_nothing(string command, string option, string value)
    {
        // Given
        _cli.ImportSyntheticExport();
        var output = command == "plan" ? new[] { "--fit-dir", Path.Combine(_cli.Folder, "watch") } : ["--fit", Path.Combine(_cli.Folder, "next.fit")];
        using var ctrlC = new CancellationTokenSource();
        ctrlC.Cancel();

        // When
        var result = _cli.Run(ctrlC.Token, [command, option, value, .. output, "--db", _cli.DatabasePath]);

        // Then
        Assert.Equal(130, result.ExitCode);
        Assert.Contains("Stopped.", result.Console, StringComparison.Ordinal);
        Assert.Equal(["activities.csv", "test.db"], Directory.GetFileSystemEntries(_cli.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("No plan stored yet", _cli.Run("plan", "--status", "--db", _cli.DatabasePath).Console, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
