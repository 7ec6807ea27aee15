using Microsoft.Data.Sqlite;

namespace WorkoutGenerator.Storage;

/// <summary>
/// The runner's settings, one text value per key, so every command reads the same choice (the time zone given
/// once with --tz) without asking again.
/// </summary>
public sealed class SettingsRepository
{
    /// <summary>The runner's IANA time zone id, as given with --tz.</summary>
    public const string TimeZoneKey = "time_zone";

    private readonly SqliteConnection _connection;

    internal SettingsRepository(SqliteConnection connection) => _connection = connection;

    /// <summary>The value stored under <paramref name="key"/>, or null when none is.</summary>
    public string? Get(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT value FROM settings WHERE key = $key;";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>, replacing what was there.</summary>
    public void Set(string key, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(value);
        using var command = _connection.CreateCommand();
        command.CommandText = "INSERT INTO settings (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value;";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        StorageFailures.Guard(_connection.DataSource, ActivityWriter.NothingStored, () => command.ExecuteNonQuery());
    }
}
