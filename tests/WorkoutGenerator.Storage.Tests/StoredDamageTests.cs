using Microsoft.Extensions.Time.Testing;

namespace WorkoutGenerator.Storage.Tests;

/// <summary>Stored rows are checked on read against the importer's own bounds: a damaged row is reported, never a crash.</summary>
public sealed class StoredDamageTests
{
    [Theory]
    [InlineData("distance_m = 0", "a run of 0 m is too short to train on (under 100 m)")]
    [InlineData("distance_m = 1e308", "a run of 1E+305 km is longer than any one activity (over 500 km)")]
    [InlineData("moving_time_s = 1", "pace 0:00 /km (10000 m in 0:01) is faster than 2:00 /km: not a plausible run")]
    [InlineData("average_heart_rate_bpm = 900", "the average heart rate 900 bpm is outside 25-250 bpm; left empty")]
    [InlineData("start_utc = '1970-01-01T00:00:00.0000000Z'", "the date 1970-01-01 is before 1990: a broken clock, not a recorded activity")]
    [InlineData("start_utc = 'yesterday'", "unreadable: String 'yesterday' was not recognized as a valid DateTime.")]
    public void Should_leave_out_a_row_outside_the_importers_bounds_and_say_which_and_why(string change, string problem)
    {
        // Given three runs, the middle one changed behind the app's back (each value passes the table's CHECK)
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        database.Activities.SaveImport(TestActivities.Import(), TestActivities.Daily(3), []);
        using (var command = database.Connection.CreateCommand())
        {
            command.CommandText = $"UPDATE runs SET {change} WHERE id = 'r1';";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        // When the runs are read
        var runs = database.Activities.GetRuns();
        var last = database.Activities.GetLastRuns(2);
        var damaged = database.Activities.GetDamagedRuns();

        // Then the damaged row is left out of every read (the newest two are still two), and reported
        Assert.Equal(["r0", "r2"], runs.Select(r => r.Id));
        Assert.Equal(["r0", "r2"], last.Select(r => r.Id));
        var damage = Assert.Single(damaged);
        Assert.EndsWith(":r1", damage.Row, StringComparison.Ordinal);
        Assert.Equal(problem, damage.Problem);
    }

    [Fact]
    public void Should_report_nothing_for_rows_the_import_wrote()
    {
        // Given runs as the import stores them
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        database.Activities.SaveImport(TestActivities.Import(), TestActivities.Daily(5), []);

        // When / Then
        Assert.Empty(database.Activities.GetDamagedRuns());
        Assert.Equal(5, database.Activities.GetRuns().Count);
    }
}
