using Microsoft.Data.Sqlite;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Storage;

/// <summary>How an <see cref="OtherActivity"/> maps to an other_activities row.</summary>
internal static class OtherActivityRows
{
    public const string Columns = "source, id, start_utc, sport, name, distance_m, moving_time_s";

    public static SqliteCommand CreateInsert(SqliteConnection connection, SqliteTransaction transaction, long importId)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            "INSERT INTO other_activities (" + Columns + ", import_id) "
            + "VALUES ($source, $id, $start_utc, $sport, $name, $distance_m, $moving_time_s, $import_id) "
            + "ON CONFLICT (source, id) DO NOTHING;";
        command.Parameters.Add("$source", SqliteType.Text);
        command.Parameters.Add("$id", SqliteType.Text);
        command.Parameters.Add("$start_utc", SqliteType.Text);
        command.Parameters.Add("$sport", SqliteType.Text);
        command.Parameters.Add("$name", SqliteType.Text);
        command.Parameters.Add("$distance_m", SqliteType.Real);
        command.Parameters.Add("$moving_time_s", SqliteType.Real);
        command.Parameters.Add("$import_id", SqliteType.Integer).Value = importId;
        command.Prepare();
        return command;
    }

    public static void Bind(SqliteCommand insert, OtherActivity activity)
    {
        var p = insert.Parameters;
        p["$source"].Value = activity.Source.Code();
        p["$id"].Value = activity.Id;
        p["$start_utc"].Value = Timestamps.FormatUtc(activity.StartUtc);
        p["$sport"].Value = activity.Sport;
        p["$name"].Value = activity.Name is null ? DBNull.Value : activity.Name;
        p["$distance_m"].Value = activity.Distance is { } distance ? distance.Meters : DBNull.Value;
        p["$moving_time_s"].Value = activity.MovingTime is { } time ? time.TotalSeconds : DBNull.Value;
    }

    public static OtherActivity Read(SqliteDataReader row) => new()
    {
        Source = ActivitySourceExtensions.ParseCode(row.GetString(0)),
        Id = row.GetString(1),
        StartUtc = Timestamps.ParseUtc(row.GetString(2)),
        Sport = row.GetString(3),
        Name = row.IsDBNull(4) ? null : row.GetString(4),
        Distance = row.IsDBNull(5) ? null : Distance.FromMeters(row.GetDouble(5)),
        MovingTime = row.IsDBNull(6) ? null : Duration.FromSeconds(row.GetDouble(6)),
    };
}
