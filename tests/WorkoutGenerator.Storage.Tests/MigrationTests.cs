using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace WorkoutGenerator.Storage.Tests;

public sealed class MigrationTests
{
    private static readonly DateTimeOffset FirstOpen = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public void Should_number_migrations_one_by_one_from_one()
    {
        // When
        var versions = Migrations.All.Select(m => m.Version);

        // Then
        Assert.Equal(Enumerable.Range(1, Migrations.All.Count), versions);
        Assert.Equal(Migrations.All.Count, Migrations.Latest);
    }

    [Fact]
    public void Should_bring_a_new_database_to_the_latest_version()
    {
        // When
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider(FirstOpen));

        // Then
        Assert.Equal(Migrations.Latest, database.SchemaVersion);
        Assert.Equal(
            Migrations.All.Select(m => $"{m.Version} {m.Name} 2025-01-02T03:04:05.0000000Z"),
            MigrationRows(database.Connection));
    }

    [Fact]
    public void Should_apply_nothing_again_when_reopened()
    {
        // Given
        using var folder = new TempDirectory();
        var time = new FakeTimeProvider(FirstOpen);
        WorkoutDatabase.Open(folder.File("w.db"), time).Dispose();
        time.Advance(TimeSpan.FromDays(3));

        // When
        using var reopened = WorkoutDatabase.Open(folder.File("w.db"), time);

        // Then
        Assert.Equal(Migrations.Latest, reopened.SchemaVersion);
        Assert.All(MigrationRows(reopened.Connection), row => Assert.EndsWith("2025-01-02T03:04:05.0000000Z", row, StringComparison.Ordinal));
        Assert.Equal(Migrations.All.Count, MigrationRows(reopened.Connection).Count);
    }

    [Fact]
    public void Should_upgrade_a_version_one_database_without_losing_data()
    {
        // Given: a database built by the first migration only, holding an import
        using var folder = new TempDirectory();
        var path = folder.File("old.db");
        var time = new FakeTimeProvider(FirstOpen);
        var runs = new[] { TestActivities.Full("full"), TestActivities.Minimal("minimal") };
        var ride = TestActivities.Ride("ride");
        using (var old = WorkoutDatabase.Open(path, time, Migrations.All.Take(1).ToList()))
        {
            Assert.Equal(1, old.SchemaVersion);
            Assert.DoesNotContain("runs_by_start_utc", IndexNames(old.Connection));
            old.Activities.SaveImport(TestActivities.Import(notes: "v1"), runs, [ride]);
        }

        // When
        using var upgraded = WorkoutDatabase.Open(path, time);

        // Then
        Assert.Equal(Migrations.Latest, upgraded.SchemaVersion);
        Assert.Contains("runs_by_start_utc", IndexNames(upgraded.Connection));
        Assert.Equal(runs.OrderBy(r => r.StartUtc), upgraded.Activities.GetRuns());
        Assert.Equal([ride], upgraded.Activities.GetOtherActivities());
        Assert.Equal([TestActivities.Import(notes: "v1")], upgraded.Activities.GetImports());
    }

    [Fact]
    public void Should_refuse_a_database_from_a_newer_app()
    {
        // Given
        using var folder = new TempDirectory();
        var path = folder.File("future.db");
        using (var database = WorkoutDatabase.Open(path, new FakeTimeProvider()))
        {
            Execute(database.Connection, "INSERT INTO schema_migrations VALUES (99, 'from the future', '2030-01-01T00:00:00.0000000Z');");
        }

        // When
        var error = Assert.Throws<WorkoutGenerator.Domain.Errors.UserFacingException>(() => WorkoutDatabase.Open(path, new FakeTimeProvider()));

        // Then
        Assert.Equal($"The database is at schema version 99, newer than this app knows ({Migrations.Latest}); update workoutgen.", error.Message);
    }

    [Fact]
    public void Should_leave_a_failed_migration_wholly_unapplied()
    {
        // Given: a second step whose first statement works and whose second fails
        using var folder = new TempDirectory();
        var path = folder.File("w.db");
        var broken = new Migration(2, "broken", "CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1);");

        // When
        var error = Assert.Throws<SqliteException>(() => WorkoutDatabase.Open(path, new FakeTimeProvider(), [Migrations.All[0], broken]));

        // Then
        Assert.Contains("no such table: no_such_table", error.Message, StringComparison.Ordinal);
        using var database = WorkoutDatabase.Open(path, new FakeTimeProvider(), [Migrations.All[0]]);
        Assert.Equal(1, database.SchemaVersion);
        Assert.DoesNotContain("half_done", TableNames(database.Connection));
    }

    private static List<string> MigrationRows(SqliteConnection connection) =>
        Strings(connection, "SELECT version || ' ' || name || ' ' || applied_at_utc FROM schema_migrations ORDER BY version;");

    private static List<string> IndexNames(SqliteConnection connection) =>
        Strings(connection, "SELECT name FROM sqlite_schema WHERE type = 'index';");

    private static List<string> TableNames(SqliteConnection connection) =>
        Strings(connection, "SELECT name FROM sqlite_schema WHERE type = 'table';");

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
