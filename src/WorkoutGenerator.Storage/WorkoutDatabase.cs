using Microsoft.Data.Sqlite;

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

    private readonly SqliteConnection connection;

    private WorkoutDatabase(SqliteConnection connection, string path, int schemaVersion, string databaseId, TimeProvider time)
    {
        this.connection = connection;
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

    internal SqliteConnection Connection => connection;

    /// <summary>
    /// Opens the database at <paramref name="path"/>, creating its folder and file, and migrates it. A file that is
    /// not ours (<see cref="DatabaseOwnership"/>) is refused before anything is written to it.
    /// </summary>
    public static WorkoutDatabase Open(string path, TimeProvider time) => Open(path, time, Migrations.All);

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

    public void Dispose() => connection.Dispose();

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
