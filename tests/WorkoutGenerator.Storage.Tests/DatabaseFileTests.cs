using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace WorkoutGenerator.Storage.Tests;

public sealed class DatabaseFileTests
{
    [Fact]
    public void Should_create_the_folder_and_the_file()
    {
        // Given
        using var folder = new TempDirectory();
        var path = folder.File("nested", "deeper", "workoutgen.db");

        // When
        using var database = WorkoutDatabase.Open(path, new FakeTimeProvider());

        // Then
        Assert.True(File.Exists(path));
        Assert.Equal(path, database.Path);
    }

    [Fact]
    public void Should_keep_the_data_across_reopening()
    {
        // Given
        using var folder = new TempDirectory();
        var path = folder.File("w.db");
        using (var database = WorkoutDatabase.Open(path, new FakeTimeProvider()))
        {
            database.Activities.SaveImport(TestActivities.Import(), TestActivities.Daily(4), []);
        }

        // When
        using var reopened = WorkoutDatabase.Open(path, new FakeTimeProvider());

        // Then
        Assert.Equal(TestActivities.Daily(4), reopened.Activities.GetRuns());
    }

    [Fact]
    public void Should_use_a_write_ahead_log_foreign_keys_and_a_busy_timeout()
    {
        // Given
        using var folder = new TempDirectory();

        // When
        using var database = WorkoutDatabase.Open(folder.File("w.db"), new FakeTimeProvider());

        // Then
        Assert.Equal("wal", Pragma(database.Connection, "journal_mode"));
        Assert.Equal(1L, Pragma(database.Connection, "foreign_keys"));
        Assert.Equal(5000L, Pragma(database.Connection, "busy_timeout"));
    }

    [Fact]
    public void Should_refuse_a_run_whose_import_does_not_exist()
    {
        // Given
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        using var command = database.Connection.CreateCommand();
        command.CommandText = """
            INSERT INTO runs (source, id, start_utc, distance_m, moving_time_s, workout_type, sport_type, treadmill, import_id)
            VALUES ('bulk_export', '1', '2024-01-01T00:00:00.0000000Z', 1.0, 1.0, 'unknown', 'run', 0, 42);
            """;

        // When
        var error = Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());

        // Then
        Assert.Contains("FOREIGN KEY constraint failed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_release_the_file_when_disposed()
    {
        // Given: an open database with writes in its write-ahead log
        using var folder = new TempDirectory();
        var path = folder.File("w.db");
        var database = WorkoutDatabase.Open(path, new FakeTimeProvider());
        database.Activities.SaveImport(TestActivities.Import(), TestActivities.Daily(2), []);
        Assert.True(File.Exists(path + "-wal"));

        // When
        database.Dispose();

        // Then: SQLite folds the log back and removes it only when the last connection really closes
        Assert.False(File.Exists(path + "-wal"));
        Assert.False(File.Exists(path + "-shm"));
        File.Delete(path);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Should_delete_the_temporary_folder()
    {
        // Given
        var folder = new TempDirectory();
        using (WorkoutDatabase.Open(folder.File("w.db"), new FakeTimeProvider()))
        {
        }

        // When
        folder.Dispose();

        // Then
        Assert.False(Directory.Exists(folder.FullPath));
    }

    private static object? Pragma(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return command.ExecuteScalar();
    }
}
