using Microsoft.Data.Sqlite;
using WorkoutGenerator.Domain.Errors;

namespace WorkoutGenerator.Storage;

/// <summary>
/// The app's one SQLite file, open on one connection for the life of this object. Pooling is off so that
/// disposing really closes the file (and lets SQLite fold the WAL back in), which tests and users deleting
/// the file rely on.
/// </summary>
public sealed class WorkoutDatabase : IDisposable
{
    public const string InMemoryPath = ":memory:";

    private const int BusyTimeoutMilliseconds = 5000;

    private readonly SqliteConnection _connection;

    private WorkoutDatabase(SqliteConnection connection, string path, int schemaVersion, string databaseId, TimeProvider time)
    {
        _connection = connection;
        Path = path;
        SchemaVersion = schemaVersion;
        DatabaseId = databaseId;
        Activities = new ActivityRepository(connection);
        Plans = new PlanRepository(connection, time);
        Settings = new SettingsRepository(connection);
    }

    public int SchemaVersion { get; }

    /// <summary>
    /// This database's own random id, made when it was created (or first migrated): what a saved model records so
    /// that it is never used for another database.
    /// </summary>
    public string DatabaseId { get; }

    /// <summary>The full path of the file, or <see cref="InMemoryPath"/>.</summary>
    public string Path { get; }

    public ActivityRepository Activities { get; }

    public PlanRepository Plans { get; }

    public SettingsRepository Settings { get; }

    internal SqliteConnection Connection => _connection;

    /// <summary>
    /// Opens the database at <paramref name="path"/>, creating its folder and file, and migrates it. A file that is
    /// not ours (<see cref="DatabaseOwnership"/>) is refused before anything is written to it.
    /// </summary>
    public static WorkoutDatabase Open(string path, TimeProvider time) =>
        DatabaseOpenErrors.Translate(System.IO.Path.GetFullPath(path), () => Open(path, time, Migrations.All));

    /// <summary>
    /// Opens the database at <paramref name="path"/> only if the file is there: never creates a file or a folder,
    /// so a mistyped path fails instead of starting an empty database. <paramref name="readOnly"/> opens it for
    /// reading only (no migration, no journal-mode change), which also works in a folder that cannot be written.
    /// </summary>
    public static WorkoutDatabase OpenExisting(string path, TimeProvider time, bool readOnly)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(time);
        var fullPath = System.IO.Path.GetFullPath(path);
        RequireRegularFile(fullPath);
        if (!File.Exists(fullPath))
        {
            throw new UserFacingException($"no database at {fullPath}: import an export first (workoutgen import <export>), or pass --db with the right file.");
        }

        // Another program's file is refused before any connection could change it (no WAL switch, no tables).
        DatabaseOwnership.Check(fullPath);

        return DatabaseOpenErrors.Translate(fullPath, () => readOnly ? OpenReadOnly(fullPath, time) : OpenReadWrite(fullPath, time));
    }

    /// <summary>A private database that lives as long as this object; for tests.</summary>
    public static WorkoutDatabase OpenInMemory(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var builder = new SqliteConnectionStringBuilder { DataSource = InMemoryPath, Pooling = false };
        return Connect(builder.ToString(), InMemoryPath, time, Migrations.All, writeAheadLog: false);
    }

    /// <summary>Opens with only <paramref name="migrations"/>; tests use it to build an old schema.</summary>
    internal static WorkoutDatabase Open(string path, TimeProvider time, IReadOnlyList<Migration> migrations)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(time);

        var fullPath = System.IO.Path.GetFullPath(path);
        RequireRegularFile(fullPath);
        DatabaseOwnership.Check(fullPath);
        var folder = System.IO.Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        };
        return Connect(builder.ToString(), fullPath, time, migrations, writeAheadLog: true);
    }

    public void Dispose() => _connection.Dispose();

    /// <summary>
    /// A database is a regular file or nothing yet: reading a FIFO's header blocks until a writer comes, and SQLite
    /// on a device fails only after leaving a -journal file beside it. So anything else is refused before it is opened.
    /// </summary>
    private static void RequireRegularFile(string fullPath)
    {
        if (FileKind.NotRegular(fullPath) is { } what)
        {
            throw new UserFacingException(
                $"this is {what}, not a database file; it was not opened. Give --db a regular file, or a path where none exists yet.", fullPath);
        }
    }

    private static WorkoutDatabase OpenReadWrite(string fullPath, TimeProvider time)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = fullPath, Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        return Connect(builder.ToString(), fullPath, time, Migrations.All, writeAheadLog: true);
    }

    private static WorkoutDatabase OpenReadOnly(string fullPath, TimeProvider time)
    {
        // SQLite removes a write-ahead log's -wal and -shm files when the last writer closes; a read-only
        // connection cannot, and would leave them behind. So where the file can be written it is opened like that
        // (migrations included) and then made query-only; only where it cannot is it opened read-only.
        if (WritableFolder.Probe(System.IO.Path.GetDirectoryName(fullPath) ?? fullPath) is null)
        {
            try
            {
                var database = OpenReadWrite(fullPath, time);
                using var queryOnly = database._connection.CreateCommand();
                queryOnly.CommandText = "PRAGMA query_only = ON;";
                queryOnly.ExecuteNonQuery();
                return database;
            }
            catch (SqliteException e) when ((e.SqliteErrorCode & 0xFF) is SqliteResultCodes.CannotOpen or SqliteResultCodes.ReadOnly)
            {
                // The file itself is read-only: read it read-only below.
            }
        }

        var connection = ConnectReadOnly(fullPath);
        try
        {
            var version = ReadOnlySchemaVersion(connection, fullPath);
            if (version < Migrations.Latest)
            {
                // A database from an older version needs its migrations first, which is a write; then read only.
                connection.Dispose();
                OpenReadWrite(fullPath, time).Dispose();
                connection = ConnectReadOnly(fullPath);
                version = ReadOnlySchemaVersion(connection, fullPath);
            }

            return new WorkoutDatabase(connection, fullPath, version, Migrator.DatabaseId(connection), time);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static SqliteConnection ConnectReadOnly(string fullPath)
    {
        try
        {
            return ConnectReadOnly(fullPath, immutable: false);
        }
        catch (SqliteException e) when ((e.SqliteErrorCode & 0xFF) is SqliteResultCodes.CannotOpen or SqliteResultCodes.ReadOnly)
        {
            // A write-ahead-log database needs its -shm file, which a reader cannot create in a folder it cannot
            // write; SQLite reads such a file when told nobody changes it ("immutable", sqlite.org/uri.html).
            return ConnectReadOnly(fullPath, immutable: true);
        }
    }

    private static int ReadOnlySchemaVersion(SqliteConnection connection, string fullPath)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations';";
        if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            throw new UserFacingException("this file holds no workoutgen data: pass --db with the right file, or import an export into it first.", fullPath);
        }

        var version = Migrator.CurrentVersion(connection, null);
        return version <= Migrations.Latest
            ? version
            : throw new UserFacingException(
                $"The database is at schema version {version}, newer than this app knows ({Migrations.Latest}); update workoutgen.", fullPath);
    }

    private static SqliteConnection ConnectReadOnly(string fullPath, bool immutable)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = immutable ? new Uri(fullPath).AbsoluteUri + "?immutable=1" : fullPath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            using var pragmas = connection.CreateCommand();
            pragmas.CommandText = $"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";
            pragmas.ExecuteNonQuery();
            // Opening is lazy: read the schema now so an unreadable file fails here, not halfway through a command.
            pragmas.CommandText = "SELECT count(*) FROM sqlite_master;";
            pragmas.ExecuteScalar();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static WorkoutDatabase Connect(
        string connectionString, string path, TimeProvider time, IReadOnlyList<Migration> migrations, bool writeAheadLog)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            using (var pragmas = connection.CreateCommand())
            {
                pragmas.CommandText = (writeAheadLog ? "PRAGMA journal_mode = WAL;" : string.Empty)
                    + "PRAGMA foreign_keys = ON;"
                    + $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";
                pragmas.ExecuteNonQuery();
            }

            var version = Migrator.Apply(connection, migrations, time);
            return new WorkoutDatabase(connection, path, version, Migrator.DatabaseId(connection), time);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
