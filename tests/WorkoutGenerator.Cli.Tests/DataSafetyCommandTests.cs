using Microsoft.Data.Sqlite;
using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Cli.Tests;

/// <summary>Special files, out-of-range numbers, huge arguments, damaged rows and failed first imports, from the terminal.</summary>
public sealed class DataSafetyCommandTests : IDisposable
{
    private const string RaceDate = "2027-03-21";

    private readonly CliHarness _cli = new();

    [Fact]
    public void Should_refuse_a_fifo_as_the_database_at_once_instead_of_waiting_forever()
    {
        // Given a FIFO as --db
        var fifo = SpecialFiles.Fifo(Path.Combine(_cli.Folder, "f.db"));

        // When a command reads it
        var result = _cli.Run("runs", "--db", fifo);

        // Then it ends at once with one line, and nothing was made beside it
        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: {fifo}: this is a FIFO (named pipe), not a database file; it was not opened. Give --db a regular file, or a path where none exists yet.", result.FlatConsole.Trim());
        Assert.Equal(["f.db"], Directory.GetFileSystemEntries(_cli.Folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Should_refuse_a_character_device_as_the_database_of_an_import_and_leave_no_journal()
    {
        // Given an export, and a character device as --db
        var export = _cli.WriteFile("activities.csv", SyntheticExport.Csv());

        // When it is imported there
        var result = _cli.Run("import", export, "--db", SpecialFiles.CharacterDevice);

        // Then it is refused and no -journal appears beside the device
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: /dev/null: this is a character device, not a database file; it was not opened.", result.FlatConsole, StringComparison.Ordinal);
        Assert.False(File.Exists(SpecialFiles.CharacterDevice + "-journal"));
    }

    [Theory]
    [InlineData("--ics")]
    [InlineData("--csv")]
    public void Should_refuse_a_plan_export_onto_a_fifo_or_a_device_and_store_no_plan(string option)
    {
        // Given runs, a FIFO where the calendar would go
        _cli.ImportSyntheticExport();
        var fifo = SpecialFiles.Fifo(Path.Combine(_cli.Folder, "plan.out"));

        // When the plan is exported onto the FIFO, then onto /dev/null
        var onFifo = _cli.Run("plan", "--race-date", RaceDate, option, fifo, "--db", _cli.DatabasePath);
        var onDevice = _cli.Run("plan", "--race-date", RaceDate, option, SpecialFiles.CharacterDevice, "--db", _cli.DatabasePath);

        // Then both are refused in one line before anything is built; the FIFO is still one, and no plan is stored
        Assert.Equal(1, onFifo.ExitCode);
        Assert.Equal($"error: {fifo}: this is a FIFO (named pipe), not a regular file: exports write only regular files; choose another file name.", onFifo.FlatConsole.Trim());
        Assert.Equal(1, onDevice.ExitCode);
        Assert.Contains("error: /dev/null: this is a character device, not a regular file", onDevice.FlatConsole, StringComparison.Ordinal);
        Assert.Equal(Storage.FileKindType.Fifo, Storage.FileKind.Of(fifo));
        Assert.Contains("No plan", _cli.Run("plan", "--status", "--db", _cli.DatabasePath).FlatConsole, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Should_refuse_a_fit_file_for_next_onto_a_fifo()
    {
        // Given runs and a FIFO named like a workout file
        _cli.ImportSyntheticExport();
        var fifo = SpecialFiles.Fifo(Path.Combine(_cli.Folder, "next.fit"));

        // When / Then
        var result = _cli.Run("next", "--fit", fifo, "--db", _cli.DatabasePath);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error: {fifo}: this is a FIFO (named pipe), not a regular file", result.FlatConsole, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "train", "--ensemble", "2147483647" }, "error: --ensemble: must be a whole number from 1 to 10, not \"2147483647\".")]
    [InlineData(new[] { "train", "--seed", "2147483647", "--ensemble", "2" }, "error: --seed: must be a whole number from 0 to 2147483637 (each model of an ensemble uses the next seed), not \"2147483647\".")]
    [InlineData(new[] { "train", "--epochs", "0" }, "error: --epochs: must be a whole number from 1 to 1000, not \"0\".")]
    [InlineData(new[] { "evaluate", "--fold-days", "400" }, "error: --fold-days: must be a whole number from 1 to 365, not \"400\".")]
    [InlineData(new[] { "plan", "--race-date", RaceDate, "--runs-per-week", "9" }, "error: --runs-per-week: must be a whole number from 1 to 7, not \"9\".")]
    [InlineData(new[] { "runs", "--last", "0" }, "error: --last: must be a whole number from 1 to 1000000, not \"0\".")]
    [InlineData(new[] { "stats", "--weeks", "-1" }, "error: --weeks: must be a whole number from 0 to 5200 (0 shows every week), not \"-1\".")]
    [InlineData(new[] { "serve", "--port", "70000" }, "error: --port: must be a whole number from 0 to 65535 (0: any free port), not \"70000\".")]
    public void Should_refuse_a_number_outside_its_bound_naming_the_range(string[] args, string message)
    {
        // Given runs
        _cli.ImportSyntheticExport();

        // When the command gets a number out of range
        var result = _cli.Run([.. args, "--db", _cli.DatabasePath]);

        // Then it is one line naming the option and its range, and nothing ran
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(message, result.FlatConsole.Trim());
    }

    [Fact]
    public void Should_refuse_more_threads_than_this_computer_has_cores()
    {
        // Given runs
        _cli.ImportSyntheticExport();

        // When training is asked for 100000 threads
        var result = _cli.Run("train", "--threads", "100000", "--db", _cli.DatabasePath);

        // Then it names this computer's cores as the most
        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: --threads: must be a whole number from 1 to {Environment.ProcessorCount} (this computer's cores), not \"100000\".", result.FlatConsole.Trim());
    }

    [Theory]
    [InlineData("runs", "--units")]
    [InlineData("runs", "--last")]
    [InlineData("plan", "--race-date")]
    [InlineData("runs", "--db")]
    [InlineData("import", null)]
    [InlineData("runs", "--tz")]
    public void Should_quote_at_most_eighty_characters_of_a_huge_argument(string command, string? option)
    {
        // Given a 120 KB argument
        var huge = "/tmp/" + new string('x', 120_000);

        // When it is given to the command
        var result = option is null ? _cli.Run(command, huge, "--db", _cli.DatabasePath) : _cli.Run(command, option, huge);

        // Then the error is one short line: no run of x's longer than 80
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: ", result.FlatConsole, StringComparison.Ordinal);
        Assert.True(result.Console.Length < 600, result.Console.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(new string('x', 81), result.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_leave_no_database_file_when_the_first_import_fails()
    {
        // Given a file that is no export, and no database yet
        var bogus = _cli.WriteFile("activities.csv", "not,an,export\n");

        // When it is imported
        var result = _cli.Run("import", bogus, "--db", _cli.DatabasePath);

        // Then it fails, and no database file (nor its companions) is left
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["activities.csv"], Directory.GetFileSystemEntries(_cli.Folder).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("0", "a run of 0 m is too short to train on (under 100 m)")]
    [InlineData("1e308", "a run of 1E+305 km is longer than any one activity (over 500 km)")]
    public void Should_report_a_damaged_row_in_runs_and_stats_and_keep_going(string distance, string problem)
    {
        // Given runs, one of them changed behind the app's back
        _cli.ImportSyntheticExport();
        int before = _cli.Run("runs", "--json", "--db", _cli.DatabasePath).Data.Split("\"id\"").Length - 1;
        string id;
        using (var connection = new SqliteConnection($"Data Source={_cli.DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"UPDATE runs SET distance_m = {distance} WHERE rowid = (SELECT max(rowid) FROM runs) RETURNING source || ':' || id;";
            id = (string)command.ExecuteScalar()!;
        }

        // When runs and stats are shown
        var runs = _cli.Run("runs", "--db", _cli.DatabasePath);
        var stats = _cli.Run("stats", "--db", _cli.DatabasePath);
        var json = _cli.Run("runs", "--json", "--db", _cli.DatabasePath);

        // Then both work, name the row and what is wrong, and leave it out
        var line = $"warning: runs row {id} is damaged: {problem}; it is left out of every list, chart, plan and training.";
        Assert.Equal(0, runs.ExitCode);
        Assert.Contains(line, runs.FlatConsole, StringComparison.Ordinal);
        Assert.Equal(0, stats.ExitCode);
        Assert.Contains(line, stats.FlatConsole, StringComparison.Ordinal);
        Assert.Equal(before - 1, json.Data.Split("\"id\"").Length - 1);
    }

    public void Dispose() => _cli.Dispose();
}
