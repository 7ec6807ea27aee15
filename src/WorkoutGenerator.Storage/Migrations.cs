namespace WorkoutGenerator.Storage;

/// <summary>
/// The schema, as the ordered steps that build it. Tables are STRICT so a value of the wrong type is refused
/// instead of stored, and an absent measurement can only be NULL. Code columns (source, sport, workout type)
/// carry no CHECK list on purpose: adding a code later would otherwise mean rebuilding the table; the
/// readers refuse unknown codes instead.
/// </summary>
internal static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "initial tables", """
            CREATE TABLE imports (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                imported_at_utc TEXT NOT NULL,
                source_path TEXT NOT NULL,
                rows_read INTEGER NOT NULL CHECK (rows_read >= 0),
                skipped_rows INTEGER NOT NULL CHECK (skipped_rows >= 0),
                runs_added INTEGER NOT NULL DEFAULT 0 CHECK (runs_added >= 0),
                runs_already_stored INTEGER NOT NULL DEFAULT 0 CHECK (runs_already_stored >= 0),
                others_added INTEGER NOT NULL DEFAULT 0 CHECK (others_added >= 0),
                others_already_stored INTEGER NOT NULL DEFAULT 0 CHECK (others_already_stored >= 0),
                notes TEXT
            ) STRICT;

            CREATE TABLE runs (
                source TEXT NOT NULL CHECK (length(source) > 0),
                id TEXT NOT NULL CHECK (length(id) > 0),
                source_file TEXT,
                start_utc TEXT NOT NULL,
                start_local TEXT,
                distance_m REAL NOT NULL CHECK (distance_m >= 0),
                moving_time_s REAL NOT NULL CHECK (moving_time_s >= 0),
                elapsed_time_s REAL CHECK (elapsed_time_s >= 0),
                elevation_gain_m REAL CHECK (elevation_gain_m >= 0),
                average_heart_rate_bpm REAL CHECK (average_heart_rate_bpm > 0),
                workout_type TEXT NOT NULL,
                strava_workout_type INTEGER,
                name TEXT,
                sport_type TEXT NOT NULL,
                treadmill INTEGER NOT NULL CHECK (treadmill IN (0, 1)),
                activity_file_name TEXT,
                import_id INTEGER NOT NULL REFERENCES imports (id),
                PRIMARY KEY (source, id)
            ) STRICT;

            CREATE TABLE other_activities (
                source TEXT NOT NULL CHECK (length(source) > 0),
                id TEXT NOT NULL CHECK (length(id) > 0),
                start_utc TEXT NOT NULL,
                sport TEXT NOT NULL,
                name TEXT,
                distance_m REAL CHECK (distance_m >= 0),
                moving_time_s REAL CHECK (moving_time_s >= 0),
                import_id INTEGER NOT NULL REFERENCES imports (id),
                PRIMARY KEY (source, id)
            ) STRICT;
            """),
        new(2, "index activities by start", """
            CREATE INDEX runs_by_start_utc ON runs (start_utc);
            CREATE INDEX other_activities_by_start_utc ON other_activities (start_utc);
            """),
        new(3, "stored plans", """
            CREATE TABLE plans (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                created_utc TEXT NOT NULL,
                race_date TEXT NOT NULL,
                race_kind TEXT NOT NULL,
                plan_from TEXT NOT NULL,
                options_json TEXT NOT NULL,
                race_prediction_json TEXT,
                weeks_json TEXT NOT NULL,
                warnings_json TEXT NOT NULL,
                active INTEGER NOT NULL CHECK (active IN (0, 1))
            ) STRICT;

            CREATE UNIQUE INDEX plans_one_active ON plans (active) WHERE active = 1;

            CREATE TABLE planned_workouts (
                plan_id INTEGER NOT NULL REFERENCES plans (id),
                seq INTEGER NOT NULL CHECK (seq >= 0),
                date TEXT NOT NULL,
                start TEXT,
                type TEXT NOT NULL,
                distance_m REAL NOT NULL CHECK (distance_m >= 0),
                pace_s_per_m REAL NOT NULL CHECK (pace_s_per_m > 0),
                pace_fast_s_per_m REAL NOT NULL CHECK (pace_fast_s_per_m > 0),
                pace_slow_s_per_m REAL NOT NULL CHECK (pace_slow_s_per_m > 0),
                duration_s REAL NOT NULL CHECK (duration_s >= 0),
                structure_json TEXT,
                why TEXT NOT NULL,
                reasons_json TEXT NOT NULL,
                PRIMARY KEY (plan_id, seq)
            ) STRICT;
            """),

        // A random id per database, made once: a saved model records it and is refused by any other database
        // (two databases in one folder, or a database replaced by a new one under the same name).
        new(DatabaseIdentityVersion, "database identity", """
            CREATE TABLE database_info (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                database_id TEXT NOT NULL CHECK (length(database_id) = 32)
            ) STRICT;

            INSERT INTO database_info (id, database_id) VALUES (1, lower(hex(randomblob(16))));
            """),
        new(5, "runner settings", """
            CREATE TABLE settings (
                key TEXT PRIMARY KEY CHECK (length(key) > 0),
                value TEXT NOT NULL
            ) STRICT;
            """),
    ];

    public const int DatabaseIdentityVersion = 4;

    public static int Latest => All[^1].Version;
}
