using System.Globalization;
using Microsoft.Data.Sqlite;
using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Storage;

/// <summary>Runs, other activities and the imports that brought them, on the database's one connection: the queries
/// here, the writes in <see cref="ActivityWriter"/>.</summary>
public sealed class ActivityRepository
{
    // Ties on start time are broken by (source, id) so every query returns one stable order.
    private const string RunOrder = "start_utc, source, id";

    private readonly SqliteConnection _connection;
    private readonly ActivityWriter _writer;

    internal ActivityRepository(SqliteConnection connection)
    {
        _connection = connection;
        _writer = new ActivityWriter(connection);
    }

    /// <summary>
    /// Stores one import in one transaction: all of it or, on any failure, none of it (no runs and no imports
    /// row). An activity whose (Source, Id) is already stored is left as it is and counted as already stored,
    /// so importing a newer export adds only what is new.
    /// </summary>
    public SaveResult SaveImport(ImportRecord import, IReadOnlyList<Run> runs, IReadOnlyList<OtherActivity> others) =>
        _writer.Save(import, runs, others, [], CancellationToken.None);

    /// <summary>
    /// Stores one import and the new workout types of stored runs it leads to, in one transaction: a failure, a
    /// run that is not stored or <paramref name="cancellationToken"/> (checked before every row) anywhere leaves
    /// the database exactly as it was.
    /// </summary>
    public SaveResult SaveImport(
        ImportRecord import,
        IReadOnlyList<Run> runs,
        IReadOnlyList<OtherActivity> others,
        IReadOnlyList<(ActivitySource Source, string Id, WorkoutType Type)> workoutTypes,
        CancellationToken cancellationToken) =>
        _writer.Save(import, runs, others, workoutTypes, cancellationToken);

    /// <summary>Sets the workout type of stored runs, all or none: a run that is not stored fails the whole call.</summary>
    public void UpdateWorkoutTypes(IReadOnlyList<(ActivitySource Source, string Id, WorkoutType Type)> updates) =>
        _writer.UpdateWorkoutTypes(updates);

    /// <summary>Runs starting in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), oldest first; a null bound is open.</summary>
    public IReadOnlyList<Run> GetRuns(DateTimeOffset? fromUtc = null, DateTimeOffset? toUtc = null)
    {
        if (fromUtc is { } from && toUtc is { } to && from > to)
        {
            throw new ArgumentOutOfRangeException(nameof(toUtc), toUtc, "The end of the range is before its start.");
        }

        using var command = _connection.CreateCommand();
        command.CommandText =
            $"SELECT {RunRows.Columns} FROM runs "
            + "WHERE ($from IS NULL OR start_utc >= $from) AND ($to IS NULL OR start_utc < $to) "
            + $"ORDER BY {RunOrder};";
        command.Parameters.AddWithValue("$from", fromUtc is { } f ? Timestamps.FormatUtc(f) : DBNull.Value);
        command.Parameters.AddWithValue("$to", toUtc is { } t ? Timestamps.FormatUtc(t) : DBNull.Value);
        return ReadRuns(command);
    }

    /// <summary>The newest <paramref name="count"/> runs, returned oldest first.</summary>
    public IReadOnlyList<Run> GetLastRuns(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);

        // Newest first until `count` usable runs are read: a damaged row does not take a place among them.
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {RunRows.Columns} FROM runs ORDER BY start_utc DESC, source DESC, id DESC;";
        using var reader = command.ExecuteReader();
        var runs = new List<Run>();
        while (runs.Count < count && reader.Read())
        {
            if (RunRows.TryRead(reader).Run is { } run)
            {
                runs.Add(run);
            }
        }

        runs.Reverse();
        return runs;
    }

    public IReadOnlyList<OtherActivity> GetOtherActivities()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {OtherActivityRows.Columns} FROM other_activities ORDER BY start_utc, source, id;";
        using var reader = command.ExecuteReader();
        var activities = new List<OtherActivity>();
        while (reader.Read())
        {
            activities.Add(OtherActivityRows.Read(reader));
        }

        return activities;
    }

    public int CountRuns() => Count("runs");

    public int CountOtherActivities() => Count("other_activities");

    /// <summary>Every import, oldest first.</summary>
    public IReadOnlyList<ImportRecord> GetImports() => GetImportHistory().Select(stored => stored.Import).ToList();

    /// <summary>Every import with what its save added, oldest first.</summary>
    public IReadOnlyList<StoredImport> GetImportHistory()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT id, imported_at_utc, source_path, rows_read, skipped_rows, notes,
                runs_added, runs_already_stored, others_added, others_already_stored
            FROM imports ORDER BY id;
            """;
        using var reader = command.ExecuteReader();
        var imports = new List<StoredImport>();
        while (reader.Read())
        {
            var record = new ImportRecord(
                reader.GetString(2),
                Timestamps.ParseUtc(reader.GetString(1)),
                reader.GetInt32(3),
                reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetString(5));
            var result = new SaveResult(reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9), reader.GetInt64(0));
            imports.Add(new StoredImport(record, result));
        }

        return imports;
    }

    /// <summary>
    /// Every stored run row that is damaged (outside the importer's bounds, or unreadable), oldest first: the
    /// readers above skip them, and the hosts say which and why.
    /// </summary>
    public IReadOnlyList<DamagedRun> GetDamagedRuns()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {RunRows.Columns} FROM runs ORDER BY {RunOrder};";
        using var reader = command.ExecuteReader();
        var damaged = new List<DamagedRun>();
        while (reader.Read())
        {
            if (RunRows.TryRead(reader).Damage is { } damage)
            {
                damaged.Add(damage);
            }
        }

        return damaged;
    }

    private static List<Run> ReadRuns(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var runs = new List<Run>();
        while (reader.Read())
        {
            // A damaged row is skipped here; GetDamagedRuns reports it.
            if (RunRows.TryRead(reader).Run is { } run)
            {
                runs.Add(run);
            }
        }

        return runs;
    }

    private int Count(string table)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table};";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
