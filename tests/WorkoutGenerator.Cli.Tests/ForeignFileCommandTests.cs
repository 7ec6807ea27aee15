using Microsoft.Data.Sqlite;

namespace WorkoutGenerator.Cli.Tests;

/// <summary>`--db` pointing at another program's file: refused with the path named, and the file left as it was.</summary>
public sealed class ForeignFileCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    [Fact]
    public void Should_leave_another_programs_sqlite_database_byte_for_byte_unchanged_on_import()
    {
        // Given another program's database and an export to import
        var other = Path.Combine(_cli.Folder, "other.db");
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = other, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada');";
            command.ExecuteNonQuery();
        }

        var before = File.ReadAllBytes(other);
        var export = _cli.WriteFile("activities.csv", SyntheticExport.Csv());

        // When
        var result = _cli.Run("import", export, "--db", other);

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(
            $"error: {other}: another program's SQLite database (application_id 0x00000000, workoutgen's is 0x576B476E); it was left unchanged.",
            result.FlatConsole,
            StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(other));
        Assert.Equal(["activities.csv", "other.db"], Directory.GetFiles(_cli.Folder).Select(file => Path.GetFileName(file)!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_refuse_a_file_that_is_not_a_database_and_leave_it_unchanged()
    {
        // Given a FIT file passed as the database by mistake
        var fit = Path.Combine(_cli.Folder, "run.fit");
        byte[] content = [14, 16, 0x52, 0x08, 0, 0, 0, 0, (byte)'.', (byte)'F', (byte)'I', (byte)'T', 0, 0, 1, 2, 3];
        File.WriteAllBytes(fit, content);

        // When
        var result = _cli.Run("runs", "--db", fit);

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error: {fit}: not a SQLite database, so not a workoutgen database; it was left unchanged.", result.FlatConsole, StringComparison.Ordinal);
        Assert.Equal(content, File.ReadAllBytes(fit));
    }

    public void Dispose() => _cli.Dispose();
}
