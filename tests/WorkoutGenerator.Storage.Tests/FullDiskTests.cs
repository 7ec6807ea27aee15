using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Domain.Errors;

namespace WorkoutGenerator.Storage.Tests;

/// <summary>A full disk is the machine's, not a bug: one line naming the database, and nothing stored.</summary>
public sealed class FullDiskTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("workoutgen-full-").FullName;

    [Fact]
    public void Should_say_the_disk_is_full_and_store_nothing_when_an_import_does_not_fit()
    {
        // Given a database whose file may not grow further (SQLite's page cap makes it answer SQLITE_FULL, code 13, as a full disk does)
        var path = Path.Combine(_folder, "runs.db");
        using var database = WorkoutDatabase.Open(path, new FakeTimeProvider());
        database.Activities.SaveImport(TestActivities.Import(), TestActivities.Daily(2), []);
        using (var cap = database.Connection.CreateCommand())
        {
            cap.CommandText = "PRAGMA max_page_count = " + PageCount(database) + ";";
            cap.ExecuteNonQuery();
        }

        // When a large import is saved
        var error = Assert.Throws<UserFacingException>(() =>
            database.Activities.SaveImport(TestActivities.Import("/exports/export_2.zip"), TestActivities.Daily(3000, firstIndex: 2), []));

        // Then it is one line naming the database, and the runs are those of before
        Assert.Equal($"{path}: the disk is full; nothing was stored, the database is as it was.", error.Display);
        Assert.Equal(2, database.Activities.CountRuns());
        Assert.Single(database.Activities.GetImports());
    }

    [Fact]
    public void Should_say_the_disk_is_full_when_a_setting_does_not_fit()
    {
        // Given a database capped at its size
        var path = Path.Combine(_folder, "runs.db");
        using var database = WorkoutDatabase.Open(path, new FakeTimeProvider());
        using (var cap = database.Connection.CreateCommand())
        {
            cap.CommandText = "PRAGMA max_page_count = " + PageCount(database) + ";";
            cap.ExecuteNonQuery();
        }

        // When a setting too large for the space left is stored
        var error = Assert.Throws<UserFacingException>(() => database.Settings.Set("time_zone", new string('x', 100_000)));

        // Then it is the same one line
        Assert.Equal($"{path}: the disk is full; nothing was stored, the database is as it was.", error.Display);
    }

    private static long PageCount(WorkoutDatabase database)
    {
        using var command = database.Connection.CreateCommand();
        command.CommandText = "PRAGMA page_count;";
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
