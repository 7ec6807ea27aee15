using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Domain.Errors;

namespace WorkoutGenerator.Storage.Tests;

/// <summary>Another program's file given as the database is refused before anything is written to it.</summary>
public sealed class DatabaseOwnershipTests
{
    [Fact]
    public void Should_leave_another_programs_database_byte_for_byte_unchanged()
    {
        // Given another program's database (rollback journal, no application id)
        using var folder = new TempDirectory();
        var path = folder.File("other.db");
        Foreign(path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('mine');");
        var before = File.ReadAllBytes(path);

        // When
        var error = Assert.Throws<UserFacingException>(() => WorkoutDatabase.Open(path, new FakeTimeProvider()));

        // Then: refused, named, and no byte, log or table of ours was written
        Assert.Equal(
            $"{path}: another program's SQLite database (application_id 0x00000000, workoutgen's is 0x576B476E); it was left unchanged. Give --db the path of your workoutgen database, or of a file that does not exist yet.",
            error.Display);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.False(File.Exists(path + "-wal"));
        Assert.False(File.Exists(path + "-journal"));
    }

    [Fact]
    public void Should_refuse_an_empty_database_another_program_marked_as_its_own()
    {
        // Given an empty database that another program stamped with its own application id
        using var folder = new TempDirectory();
        var path = folder.File("marked.db");
        Foreign(path, "PRAGMA application_id = 1234;");
        var before = File.ReadAllBytes(path);

        // When
        var error = Assert.Throws<UserFacingException>(() => WorkoutDatabase.Open(path, new FakeTimeProvider()));

        // Then
        Assert.StartsWith("another program's SQLite database (application_id 0x000004D2", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("a FIT file", new byte[] { 14, 16, 0x52, 0x08, 0, 0, 0, 0, (byte)'.', (byte)'F', (byte)'I', (byte)'T', 0, 0 })]
    [InlineData("a short text", new byte[] { (byte)'h', (byte)'i' })]
    public void Should_refuse_a_file_that_is_not_sqlite_and_leave_it_unchanged(string what, byte[] content)
    {
        // Given
        using var folder = new TempDirectory();
        var path = folder.File("activity.fit");
        File.WriteAllBytes(path, content);

        // When
        var error = Assert.Throws<UserFacingException>(() => WorkoutDatabase.Open(path, new FakeTimeProvider()));

        // Then
        Assert.Equal(path, error.Where);
        Assert.Equal(
            "not a SQLite database, so not a workoutgen database; it was left unchanged. Give --db the path of your workoutgen database, or of a file that does not exist yet.",
            error.Message);
        Assert.True(content.SequenceEqual(File.ReadAllBytes(path)), what);
    }

    [Fact]
    public void Should_mark_a_new_database_as_ours()
    {
        // Given
        using var folder = new TempDirectory();

        // When
        using var database = WorkoutDatabase.Open(folder.File("w.db"), new FakeTimeProvider());

        // Then
        Assert.Equal((long)DatabaseOwnership.ApplicationId, Pragma(database.Connection, "application_id"));
        Assert.Equal(0x576B476E, DatabaseOwnership.ApplicationId);
    }

    [Theory]
    [InlineData("an empty file")]
    [InlineData("an empty SQLite database")]
    public void Should_take_an_empty_file_or_database_as_new(string what)
    {
        // Given
        using var folder = new TempDirectory();
        var path = folder.File("empty.db");
        if (what == "an empty file")
        {
            File.WriteAllBytes(path, []);
        }
        else
        {
            Foreign(path, "CREATE TABLE t (x); DROP TABLE t;");
        }

        // When
        using var database = WorkoutDatabase.Open(path, new FakeTimeProvider());

        // Then
        Assert.Equal(Migrations.Latest, database.SchemaVersion);
        Assert.Equal((long)DatabaseOwnership.ApplicationId, Pragma(database.Connection, "application_id"));
    }

    [Fact]
    public void Should_recognise_and_mark_our_database_made_before_the_mark()
    {
        // Given one of our databases as the app made it before it marked them: no application id, no database id
        using var folder = new TempDirectory();
        var path = folder.File("old.db");
        using (var old = WorkoutDatabase.Open(path, new FakeTimeProvider(), Migrations.All.Take(3).ToList()))
        {
            old.Activities.SaveImport(TestActivities.Import(), TestActivities.Daily(3), []);
            Execute(old.Connection, "PRAGMA application_id = 0;");
            Assert.Equal(string.Empty, old.DatabaseId);
        }

        // When
        using var database = WorkoutDatabase.Open(path, new FakeTimeProvider());

        // Then: marked, given an id, nothing lost
        Assert.Equal((long)DatabaseOwnership.ApplicationId, Pragma(database.Connection, "application_id"));
        Assert.Matches("^[0-9a-f]{32}$", database.DatabaseId);
        Assert.Equal(TestActivities.Daily(3), database.Activities.GetRuns());
    }

    [Fact]
    public void Should_give_every_database_its_own_id_and_keep_it()
    {
        // Given two databases in one folder
        using var folder = new TempDirectory();
        string first;
        using (var a = WorkoutDatabase.Open(folder.File("a.db"), new FakeTimeProvider()))
        using (var b = WorkoutDatabase.Open(folder.File("b.db"), new FakeTimeProvider()))
        {
            first = a.DatabaseId;
            Assert.NotEqual(a.DatabaseId, b.DatabaseId);
        }

        // When a is reopened
        using var reopened = WorkoutDatabase.Open(folder.File("a.db"), new FakeTimeProvider());

        // Then
        Assert.Equal(first, reopened.DatabaseId);
    }

    [Fact]
    public void Should_roll_the_mark_back_with_its_transaction()
    {
        // Given: the mark is set inside a transaction that is then rolled back
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        Execute(database.Connection, "BEGIN; PRAGMA application_id = 7; ROLLBACK;");

        // Then: the mark is transactional, so a failed first migration leaves no marked, half-made database
        Assert.Equal((long)DatabaseOwnership.ApplicationId, Pragma(database.Connection, "application_id"));
    }

    private static void Foreign(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, sql);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Pragma(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return command.ExecuteScalar();
    }
}
