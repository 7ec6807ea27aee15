using WorkoutGenerator.Domain.Errors;
using Microsoft.Data.Sqlite;

namespace WorkoutGenerator.Storage;

/// <summary>
/// Brings a database up to the newest schema. Each migration runs in its own transaction together with its
/// schema_migrations row, so a failed step leaves the database at the previous version.
/// </summary>
internal static class Migrator
{
    public static int Apply(SqliteConnection connection, IReadOnlyList<Migration> migrations, TimeProvider time)
    {
        Execute(connection, null, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at_utc TEXT NOT NULL
            ) STRICT;
            """);

        var newest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        var current = CurrentVersion(connection, null);
        if (current > newest)
        {
            throw new UserFacingException(
                $"The database is at schema version {current}, newer than this app knows ({newest}); update workoutgen.");
        }

        foreach (var migration in migrations)
        {
            // BeginTransaction takes the write lock at once (BEGIN IMMEDIATE), so reading the version inside it
            // stops a second process from applying the same step twice.
            using var transaction = connection.BeginTransaction();
            if (CurrentVersion(connection, transaction) >= migration.Version)
            {
                continue;
            }

            Execute(connection, transaction, migration.Sql);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at_utc) VALUES ($version, $name, $at);";
            record.Parameters.AddWithValue("$version", migration.Version);
            record.Parameters.AddWithValue("$name", migration.Name);
            record.Parameters.AddWithValue("$at", Timestamps.FormatUtc(time.GetUtcNow()));
            record.ExecuteNonQuery();
            transaction.Commit();
        }

        return CurrentVersion(connection, null);
    }

    public static int CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_migrations;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
