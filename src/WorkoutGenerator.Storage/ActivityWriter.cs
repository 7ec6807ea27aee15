using Microsoft.Data.Sqlite;
using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Storage;

/// <summary>
/// The writes of <see cref="ActivityRepository"/>: an import (its runs, other activities and imports row) with the
/// new workout types of stored runs it leads to, or the workout types alone, each call in one transaction on the
/// database's one connection, so a failure or a cancellation anywhere leaves the database exactly as it was.
/// </summary>
internal sealed class ActivityWriter(SqliteConnection connection)
{
    public SaveResult Save(
        ImportRecord import,
        IReadOnlyList<Run> runs,
        IReadOnlyList<OtherActivity> others,
        IReadOnlyList<(ActivitySource Source, string Id, WorkoutType Type)> workoutTypes,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workoutTypes);
        ArgumentNullException.ThrowIfNull(import);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(others);
        ArgumentException.ThrowIfNullOrWhiteSpace(import.SourcePath, nameof(import));
        ArgumentOutOfRangeException.ThrowIfNegative(import.RowsRead, nameof(import));
        ArgumentOutOfRangeException.ThrowIfNegative(import.SkippedRows, nameof(import));

        return StorageFailures.Guard(connection.DataSource, NothingStored, () => Write(import, runs, others, workoutTypes, cancellationToken));
    }

    // The transaction rolls back when it is disposed uncommitted, so a failed write stores nothing.
    internal const string NothingStored = "nothing was stored, the database is as it was.";

    private SaveResult Write(
        ImportRecord import,
        IReadOnlyList<Run> runs,
        IReadOnlyList<OtherActivity> others,
        IReadOnlyList<(ActivitySource Source, string Id, WorkoutType Type)> workoutTypes,
        CancellationToken cancellationToken)
    {
        using var transaction = connection.BeginTransaction();
        var importId = InsertImport(transaction, import);

        var (runsAdded, runsAlreadyStored) = InsertAll(RunRows.CreateInsert(connection, transaction, importId), runs, RunRows.Bind, nameof(runs), cancellationToken);
        var (othersAdded, othersAlreadyStored) = InsertAll(OtherActivityRows.CreateInsert(connection, transaction, importId), others, OtherActivityRows.Bind, nameof(others), cancellationToken);
        var result = new SaveResult(runsAdded, runsAlreadyStored, othersAdded, othersAlreadyStored, importId);
        RecordCounts(transaction, result);
        SetWorkoutTypes(transaction, workoutTypes, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        transaction.Commit();
        return result;
    }

    /// <summary>Inserts each row with <paramref name="insert"/> (which it disposes): how many were added, and how
    /// many were already stored (the insert ignores a (source, id) it holds).</summary>
    private static (int Added, int AlreadyStored) InsertAll<T>(
        SqliteCommand insert, IReadOnlyList<T> rows, Action<SqliteCommand, T> bind, string name, CancellationToken cancellationToken)
    {
        using (insert)
        {
            int added = 0, alreadyStored = 0;
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ArgumentNullException.ThrowIfNull(row, name);
                bind(insert, row);
                if (insert.ExecuteNonQuery() == 1)
                {
                    added++;
                }
                else
                {
                    alreadyStored++;
                }
            }

            return (added, alreadyStored);
        }
    }

    public void UpdateWorkoutTypes(IReadOnlyList<(ActivitySource Source, string Id, WorkoutType Type)> updates)
    {
        ArgumentNullException.ThrowIfNull(updates);

        StorageFailures.Guard(connection.DataSource, NothingStored, () =>
        {
            using var transaction = connection.BeginTransaction();
            SetWorkoutTypes(transaction, updates, CancellationToken.None);
            transaction.Commit();
        });
    }

    private void SetWorkoutTypes(
        SqliteTransaction transaction, IReadOnlyList<(ActivitySource Source, string Id, WorkoutType Type)> updates, CancellationToken cancellationToken)
    {
        using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE runs SET workout_type = $type WHERE source = $source AND id = $id;";
        var type = update.Parameters.Add("$type", SqliteType.Text);
        var source = update.Parameters.Add("$source", SqliteType.Text);
        var id = update.Parameters.Add("$id", SqliteType.Text);
        update.Prepare();

        foreach (var change in updates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ArgumentNullException.ThrowIfNull(change.Id, nameof(updates));
            type.Value = change.Type.Code();
            source.Value = change.Source.Code();
            id.Value = change.Id;
            if (update.ExecuteNonQuery() != 1)
            {
                throw new KeyNotFoundException(
                    $"No run {change.Source.Code()}/{change.Id} is stored; no workout types were changed.");
            }
        }
    }

    private long InsertImport(SqliteTransaction transaction, ImportRecord import)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO imports (imported_at_utc, source_path, rows_read, skipped_rows, notes)
            VALUES ($at, $path, $rows_read, $skipped_rows, $notes)
            RETURNING id;
            """;
        command.Parameters.AddWithValue("$at", Timestamps.FormatUtc(import.ImportedAtUtc));
        command.Parameters.AddWithValue("$path", import.SourcePath);
        command.Parameters.AddWithValue("$rows_read", import.RowsRead);
        command.Parameters.AddWithValue("$skipped_rows", import.SkippedRows);
        command.Parameters.AddWithValue("$notes", import.Notes is null ? DBNull.Value : import.Notes);
        return (long)command.ExecuteScalar()!;
    }

    private void RecordCounts(SqliteTransaction transaction, SaveResult result)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            UPDATE imports SET runs_added = $runs_added, runs_already_stored = $runs_already_stored,
                others_added = $others_added, others_already_stored = $others_already_stored
            WHERE id = $id;
            """;
        command.Parameters.AddWithValue("$runs_added", result.RunsAdded);
        command.Parameters.AddWithValue("$runs_already_stored", result.RunsAlreadyStored);
        command.Parameters.AddWithValue("$others_added", result.OthersAdded);
        command.Parameters.AddWithValue("$others_already_stored", result.OthersAlreadyStored);
        command.Parameters.AddWithValue("$id", result.ImportId);
        command.ExecuteNonQuery();
    }
}
