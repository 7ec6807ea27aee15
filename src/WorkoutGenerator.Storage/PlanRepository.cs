using System.Globalization;
using Microsoft.Data.Sqlite;
using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Storage;

/// <summary>
/// Training plans. One plan is active at a time; saving a plan makes it the active one and keeps the ones before
/// it (inactive) so a runner's earlier plans stay on record. Paces are stored in seconds per metre, the SI unit,
/// because seconds per kilometre read back through a division would not always give the same double.
/// </summary>
public sealed class PlanRepository
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string TimeFormat = "HH:mm:ss.fffffff";

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;

    internal PlanRepository(SqliteConnection connection, TimeProvider time)
    {
        _connection = connection;
        _time = time;
    }

    /// <summary>Stores <paramref name="plan"/> as the active plan in one transaction; the previous one is deactivated, not deleted.</summary>
    /// <returns>The new plan's id.</returns>
    public long Save(TrainingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return StorageFailures.Guard(_connection.DataSource, ActivityWriter.NothingStored, () => Insert(plan));
    }

    private long Insert(TrainingPlan plan)
    {
        using var transaction = _connection.BeginTransaction();
        using (var deactivate = _connection.CreateCommand())
        {
            deactivate.Transaction = transaction;
            deactivate.CommandText = "UPDATE plans SET active = 0 WHERE active = 1;";
            deactivate.ExecuteNonQuery();
        }

        long id;
        using (var insert = _connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO plans (created_utc, race_date, race_kind, plan_from, options_json, race_prediction_json, weeks_json, warnings_json, active)
                VALUES ($created, $race_date, $race_kind, $from, $options, $race, $weeks, $warnings, 1)
                RETURNING id;
                """;
            insert.Parameters.AddWithValue("$created", Timestamps.FormatUtc(_time.GetUtcNow()));
            insert.Parameters.AddWithValue("$race_date", plan.Options.RaceDate.ToString(DateFormat, CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("$race_kind", plan.Options.Race.Code());
            insert.Parameters.AddWithValue("$from", plan.Options.From.ToString(DateFormat, CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("$options", PlanJson.Write(PlanJson.OptionsDto.Of(plan.Options)));
            insert.Parameters.AddWithValue("$race", plan.Race is { } race ? PlanJson.Write(PlanJson.RaceDto.From(race)) : DBNull.Value);
            insert.Parameters.AddWithValue("$weeks", PlanJson.Write(plan.Weeks.Select(PlanJson.WeekDto.From).ToList()));
            insert.Parameters.AddWithValue("$warnings", PlanJson.Write(plan.Warnings));
            id = (long)insert.ExecuteScalar()!;
        }

        using (var insert = _connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO planned_workouts (plan_id, seq, date, start, type, distance_m, pace_s_per_m, pace_fast_s_per_m, pace_slow_s_per_m,
                    duration_s, structure_json, why, reasons_json)
                VALUES ($plan, $seq, $date, $start, $type, $distance, $pace, $fast, $slow, $duration, $structure, $why, $reasons);
                """;
            foreach (var (workout, seq) in plan.Workouts.Select((workout, seq) => (workout, seq)))
            {
                insert.Parameters.Clear();
                insert.Parameters.AddWithValue("$plan", id);
                insert.Parameters.AddWithValue("$seq", seq);
                insert.Parameters.AddWithValue("$date", workout.Date.ToString(DateFormat, CultureInfo.InvariantCulture));
                insert.Parameters.AddWithValue("$start", workout.Start is { } start ? start.ToString(TimeFormat, CultureInfo.InvariantCulture) : DBNull.Value);
                insert.Parameters.AddWithValue("$type", workout.Type.Code());
                insert.Parameters.AddWithValue("$distance", workout.Distance.Meters);
                insert.Parameters.AddWithValue("$pace", workout.TargetPace.SecondsPerMeter);
                insert.Parameters.AddWithValue("$fast", workout.FastPace.SecondsPerMeter);
                insert.Parameters.AddWithValue("$slow", workout.SlowPace.SecondsPerMeter);
                insert.Parameters.AddWithValue("$duration", workout.Duration.TotalSeconds);
                insert.Parameters.AddWithValue("$structure", workout.Structure is { } structure ? PlanJson.Write(PlanJson.BlockDto.From(structure)) : DBNull.Value);
                insert.Parameters.AddWithValue("$why", workout.Why);
                insert.Parameters.AddWithValue("$reasons", PlanJson.Write(workout.Reasons));
                insert.ExecuteNonQuery();
            }
        }

        transaction.Commit();
        return id;
    }

    /// <summary>The active plan, or null when none was saved.</summary>
    public TrainingPlan? GetActive() => GetActiveRecord()?.Plan;

    /// <summary>The active plan with its id and save time, or null when none was saved.</summary>
    public StoredPlan? GetActiveRecord() => Read("WHERE active = 1").FirstOrDefault();

    /// <summary>Every stored plan, oldest first.</summary>
    public IReadOnlyList<StoredPlan> GetAll() => Read(string.Empty);

    private List<StoredPlan> Read(string where)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT id, created_utc, active, options_json, race_prediction_json, weeks_json, warnings_json FROM plans {where} ORDER BY id;";
        var plans = new List<StoredPlan>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var plan = new TrainingPlan(
                    PlanJson.Read<PlanJson.OptionsDto>(reader.GetString(3)).ToDomain(),
                    reader.IsDBNull(4) ? null : PlanJson.Read<PlanJson.RaceDto>(reader.GetString(4)).ToDomain(),
                    PlanJson.Read<List<PlanJson.WeekDto>>(reader.GetString(5)).Select(week => week.ToDomain()).ToList(),
                    [],
                    PlanJson.Read<List<string>>(reader.GetString(6)));
                plans.Add(new StoredPlan(reader.GetInt64(0), Timestamps.ParseUtc(reader.GetString(1)), reader.GetInt64(2) == 1, plan));
            }
        }

        return plans.Select(stored => stored with { Plan = stored.Plan with { Workouts = ReadWorkouts(stored.Id) } }).ToList();
    }

    private List<Workout> ReadWorkouts(long planId)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT date, start, type, distance_m, pace_s_per_m, pace_fast_s_per_m, pace_slow_s_per_m, duration_s, structure_json, why, reasons_json
            FROM planned_workouts WHERE plan_id = $plan ORDER BY seq;
            """;
        command.Parameters.AddWithValue("$plan", planId);
        using var reader = command.ExecuteReader();
        var workouts = new List<Workout>();
        while (reader.Read())
        {
            workouts.Add(new Workout(
                DateOnly.ParseExact(reader.GetString(0), DateFormat, CultureInfo.InvariantCulture),
                reader.IsDBNull(1) ? null : TimeOnly.ParseExact(reader.GetString(1), TimeFormat, CultureInfo.InvariantCulture),
                WorkoutTypeExtensions.ParseCode(reader.GetString(2)),
                Pace.FromSecondsPerMeter(reader.GetDouble(4)),
                Pace.FromSecondsPerMeter(reader.GetDouble(5)),
                Pace.FromSecondsPerMeter(reader.GetDouble(6)),
                Distance.FromMeters(reader.GetDouble(3)),
                Duration.FromSeconds(reader.GetDouble(7)),
                reader.IsDBNull(8) ? null : PlanJson.BlockDto.ToDomain(PlanJson.Read<List<PlanJson.BlockDto>>(reader.GetString(8))),
                reader.GetString(9),
                PlanJson.Read<List<string>>(reader.GetString(10))));
        }

        return workouts;
    }
}
