using Microsoft.Data.Sqlite;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Storage;

/// <summary>How a <see cref="Run"/> maps to a runs row, in both directions; the column order is the read order.</summary>
internal static class RunRows
{
    public const string Columns =
        "source, id, source_file, start_utc, start_local, distance_m, moving_time_s, elapsed_time_s, elevation_gain_m, "
        + "average_heart_rate_bpm, workout_type, strava_workout_type, name, sport_type, treadmill, activity_file_name";

    public const string Insert =
        "INSERT INTO runs (" + Columns + ", import_id) VALUES ($source, $id, $source_file, $start_utc, $start_local, "
        + "$distance_m, $moving_time_s, $elapsed_time_s, $elevation_gain_m, $average_heart_rate_bpm, $workout_type, "
        + "$strava_workout_type, $name, $sport_type, $treadmill, $activity_file_name, $import_id) "
        + "ON CONFLICT (source, id) DO NOTHING;";

    /// <summary>A prepared insert, reused for every run of an import.</summary>
    public static SqliteCommand CreateInsert(SqliteConnection connection, SqliteTransaction transaction, long importId)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Insert;
        command.Parameters.Add("$source", SqliteType.Text);
        command.Parameters.Add("$id", SqliteType.Text);
        command.Parameters.Add("$source_file", SqliteType.Text);
        command.Parameters.Add("$start_utc", SqliteType.Text);
        command.Parameters.Add("$start_local", SqliteType.Text);
        command.Parameters.Add("$distance_m", SqliteType.Real);
        command.Parameters.Add("$moving_time_s", SqliteType.Real);
        command.Parameters.Add("$elapsed_time_s", SqliteType.Real);
        command.Parameters.Add("$elevation_gain_m", SqliteType.Real);
        command.Parameters.Add("$average_heart_rate_bpm", SqliteType.Real);
        command.Parameters.Add("$workout_type", SqliteType.Text);
        command.Parameters.Add("$strava_workout_type", SqliteType.Integer);
        command.Parameters.Add("$name", SqliteType.Text);
        command.Parameters.Add("$sport_type", SqliteType.Text);
        command.Parameters.Add("$treadmill", SqliteType.Integer);
        command.Parameters.Add("$activity_file_name", SqliteType.Text);
        command.Parameters.Add("$import_id", SqliteType.Integer).Value = importId;
        command.Prepare();
        return command;
    }

    public static void Bind(SqliteCommand insert, Run run)
    {
        var p = insert.Parameters;
        p["$source"].Value = run.Source.Code();
        p["$id"].Value = run.Id;
        p["$source_file"].Value = OrNull(run.SourceFile);
        p["$start_utc"].Value = Timestamps.FormatUtc(run.StartUtc);
        p["$start_local"].Value = run.StartLocal is { } local ? Timestamps.FormatLocal(local) : DBNull.Value;
        p["$distance_m"].Value = run.Distance.Meters;
        p["$moving_time_s"].Value = run.MovingTime.TotalSeconds;
        p["$elapsed_time_s"].Value = OrNull(run.ElapsedTime?.TotalSeconds);
        p["$elevation_gain_m"].Value = OrNull(run.ElevationGain?.Meters);
        p["$average_heart_rate_bpm"].Value = OrNull(run.AverageHeartRate?.BeatsPerMinute);
        p["$workout_type"].Value = run.WorkoutType.Code();
        p["$strava_workout_type"].Value = OrNull(run.StravaWorkoutType);
        p["$name"].Value = OrNull(run.Name);
        p["$sport_type"].Value = run.SportType.Code();
        p["$treadmill"].Value = run.Treadmill ? 1 : 0;
        p["$activity_file_name"].Value = OrNull(run.ActivityFileName);
    }

    /// <summary>
    /// The row as a run, or why it cannot be one: the importer's own bounds (<see cref="RunRules"/>) checked again on
    /// the raw values, since the table's CHECKs are looser (a distance of 0 or 1e308 passes them) and the file may have
    /// been changed by another program. A damaged row is never turned into a run that would crash a reader later.
    /// </summary>
    public static (Run? Run, DamagedRun? Damage) TryRead(SqliteDataReader row)
    {
        var key = $"{row.GetString(0)}:{row.GetString(1)}";
        try
        {
            return Problem(row) is { } problem ? (null, new DamagedRun(key, problem)) : (Read(row), null);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidCastException or OverflowException)
        {
            return (null, new DamagedRun(key, "unreadable: " + Domain.Errors.InputExcerpt.FirstLineOf(e.Message)));
        }
    }

    private static string? Problem(SqliteDataReader row)
    {
        var meters = row.GetDouble(5);
        var seconds = row.GetDouble(6);
        if (!double.IsFinite(meters) || meters < 0)
        {
            return $"the distance {RunRules.Format(meters)} m is not a distance";
        }

        if (!double.IsFinite(seconds) || seconds < 0)
        {
            return $"the moving time {RunRules.Format(seconds)} s is not a time";
        }

        var distance = Distance.FromMeters(meters);
        // "now" is the start itself: a stored run is only checked for a broken clock, not against today.
        var start = Timestamps.ParseUtc(row.GetString(3));
        return RunRules.CheckStart(start, start)
            ?? RunRules.CheckRunDistance(distance)
            ?? RunRules.CheckPace(distance, Duration.FromSeconds(seconds))
            ?? (row.IsDBNull(7) ? null : RunRules.CheckOptionalSeconds("elapsed time", row.GetDouble(7)))
            ?? (row.IsDBNull(8) ? null : RunRules.CheckElevationGain(row.GetDouble(8), distance))
            ?? (row.IsDBNull(9) ? null : RunRules.CheckHeartRate(row.GetDouble(9)));
    }

    public static Run Read(SqliteDataReader row) => new()
    {
        Source = ActivitySourceExtensions.ParseCode(row.GetString(0)),
        Id = row.GetString(1),
        SourceFile = row.IsDBNull(2) ? null : row.GetString(2),
        StartUtc = Timestamps.ParseUtc(row.GetString(3)),
        StartLocal = row.IsDBNull(4) ? null : Timestamps.ParseLocal(row.GetString(4)),
        Distance = Distance.FromMeters(row.GetDouble(5)),
        MovingTime = Duration.FromSeconds(row.GetDouble(6)),
        ElapsedTime = row.IsDBNull(7) ? null : Duration.FromSeconds(row.GetDouble(7)),
        ElevationGain = row.IsDBNull(8) ? null : Distance.FromMeters(row.GetDouble(8)),
        AverageHeartRate = row.IsDBNull(9) ? null : HeartRate.FromBeatsPerMinute(row.GetDouble(9)),
        WorkoutType = WorkoutTypeExtensions.ParseCode(row.GetString(10)),
        StravaWorkoutType = row.IsDBNull(11) ? null : row.GetInt32(11),
        Name = row.IsDBNull(12) ? null : row.GetString(12),
        SportType = SportTypeExtensions.ParseCode(row.GetString(13)),
        Treadmill = row.GetInt64(14) != 0,
        ActivityFileName = row.IsDBNull(15) ? null : row.GetString(15),
    };

    private static object OrNull<T>(T? value)
        where T : struct => value is { } present ? present : DBNull.Value;

    private static object OrNull(string? value) => value is null ? DBNull.Value : value;
}
