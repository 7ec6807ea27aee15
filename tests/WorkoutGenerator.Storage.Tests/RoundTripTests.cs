using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Storage.Tests;

public sealed class RoundTripTests
{
    [Fact]
    public void Should_give_back_every_field_of_a_run_exactly()
    {
        // Given
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        var run = TestActivities.Full("full");

        // When
        database.Activities.SaveImport(TestActivities.Import(), [run], []);
        var stored = Assert.Single(database.Activities.GetRuns());

        // Then
        Assert.Equal(run, stored);
        Assert.Equal(run.StartUtc.Ticks, stored.StartUtc.Ticks);
        Assert.Equal(TimeSpan.Zero, stored.StartUtc.Offset);
        Assert.Equal(run.StartLocal!.Value.Ticks, stored.StartLocal!.Value.Ticks);
        Assert.Equal(DateTimeKind.Unspecified, stored.StartLocal.Value.Kind);
    }

    [Fact]
    public void Should_give_back_absent_values_as_null()
    {
        // Given
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        var run = TestActivities.Minimal("minimal");

        // When
        database.Activities.SaveImport(TestActivities.Import(), [run], []);
        var stored = Assert.Single(database.Activities.GetRuns());

        // Then
        Assert.Equal(run, stored);
        Assert.Null(stored.SourceFile);
        Assert.Null(stored.StartLocal);
        Assert.Null(stored.ElapsedTime);
        Assert.Null(stored.ElevationGain);
        Assert.Null(stored.AverageHeartRate);
        Assert.Null(stored.StravaWorkoutType);
        Assert.Null(stored.Name);
        Assert.Null(stored.ActivityFileName);
        Assert.Equal(WorkoutType.Unknown, stored.WorkoutType);
        Assert.False(stored.Treadmill);
    }

    [Fact]
    public void Should_store_absent_values_as_sql_null_not_zero()
    {
        // Given
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        database.Activities.SaveImport(TestActivities.Import(), [TestActivities.Minimal("minimal")], []);

        // When
        using var command = database.Connection.CreateCommand();
        command.CommandText = """
            SELECT count(*) FROM runs WHERE source_file IS NULL AND start_local IS NULL AND elapsed_time_s IS NULL
            AND elevation_gain_m IS NULL AND average_heart_rate_bpm IS NULL AND strava_workout_type IS NULL
            AND name IS NULL AND activity_file_name IS NULL;
            """;
        var rowsWithNulls = (long)command.ExecuteScalar()!;

        // Then
        Assert.Equal(1, rowsWithNulls);
    }

    [Fact]
    public void Should_store_codes_as_text()
    {
        // Given
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        database.Activities.SaveImport(TestActivities.Import(), [TestActivities.Full("full")], []);

        // When
        using var command = database.Connection.CreateCommand();
        command.CommandText = "SELECT source || ' ' || workout_type || ' ' || sport_type || ' ' || start_utc FROM runs;";
        var codes = (string)command.ExecuteScalar()!;

        // Then
        Assert.Equal("activity_file race trail_run 2023-11-05T06:42:17.1234567Z", codes);
    }

    [Fact]
    public void Should_give_back_other_activities_with_and_without_values()
    {
        // Given
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        var ride = TestActivities.Ride("ride");
        var swim = new OtherActivity { Id = "swim", Source = ActivitySource.StravaApi, StartUtc = TestActivities.Start.AddHours(1), Sport = "Swim" };

        // When
        database.Activities.SaveImport(TestActivities.Import(), [], [swim, ride]);

        // Then
        Assert.Equal([ride, swim], database.Activities.GetOtherActivities());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2 rows had no distance")]
    public void Should_give_back_the_import_record(string? notes)
    {
        // Given
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        var import = TestActivities.Import(rowsRead: 12, skippedRows: 2, notes: notes);

        // When
        database.Activities.SaveImport(import, [TestActivities.Minimal("a")], [TestActivities.Ride("b")]);

        // Then
        Assert.Equal([import], database.Activities.GetImports());
    }
}
