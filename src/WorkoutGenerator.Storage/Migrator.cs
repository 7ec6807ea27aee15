using WorkoutGenerator.Domain.Errors;
using System.Globalization;
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
        // The mark and the migration table come in one transaction, so no file is ever left with our tables but
        // without our mark. Our databases from before the mark get it here too.
        using (var transaction = connection.BeginTransaction())
        {
            Execute(connection, transaction, """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    applied_at_utc TEXT NOT NULL
                ) STRICT;
                """);
            if (Scalar(connection, transaction, "PRAGMA application_id;") != DatabaseOwnership.ApplicationId)
            {
                Execute(connection, transaction, string.Create(CultureInfo.InvariantCulture, $"PRAGMA application_id = {DatabaseOwnership.ApplicationId};"));
            }

            transaction.Commit();
        }

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

    public static int CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction) =>
        Scalar(connection, transaction, "SELECT coalesce(max(version), 0) FROM schema_migrations;");

    /// <summary>The id the database-identity migration gave this database; empty for an older schema (tests build those).</summary>
    public static string DatabaseId(SqliteConnection connection)
    {
        if (Scalar(connection, null, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'database_info';") == 0)
        {
            return string.Empty;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT database_id FROM database_info;";
        return (string)command.ExecuteScalar()!;
    }

    private static int Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
