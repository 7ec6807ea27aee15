using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Storage.Tests;

/// <summary>A failed import or update must leave the database exactly as it was.</summary>
public sealed class RollbackTests
{
    [Fact]
    public void Should_leave_the_database_as_it_was_when_a_run_breaks_a_constraint_midway()
    {
        // Given: a stored import, then one whose third run has an empty id (refused by CHECK length(id) > 0)
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        database.Activities.SaveImport(TestActivities.Import("/first.zip"), TestActivities.Daily(2), [TestActivities.Ride("ride")]);
        var runs = TestActivities.Daily(5, firstIndex: 2);
        runs[2] = runs[2] with { Id = string.Empty };

        // When
        var error = Assert.Throws<SqliteException>(
            () => database.Activities.SaveImport(TestActivities.Import("/second.zip"), runs, [TestActivities.Ride("other")]));

        // Then
        Assert.Contains("CHECK constraint failed", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, database.Activities.CountRuns());
        Assert.Equal(1, database.Activities.CountOtherActivities());
        Assert.Equal(["/first.zip"], database.Activities.GetImports().Select(i => i.SourcePath));
    }

    [Fact]
    public void Should_leave_the_database_as_it_was_when_reading_the_runs_fails_midway()
    {
        // Given
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        var cutOff = new ThrowingList<Run>(TestActivities.Daily(10), failAfter: 6);

        // When
        var error = Assert.Throws<IOException>(() => database.Activities.SaveImport(TestActivities.Import(), cutOff, []));

        // Then
        Assert.Equal("The export was cut off.", error.Message);
        Assert.Equal(0, database.Activities.CountRuns());
        Assert.Empty(database.Activities.GetImports());
    }

    [Fact]
    public void Should_leave_the_database_as_it_was_when_the_other_activities_fail_after_the_runs()
    {
        // Given
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        var others = new ThrowingList<OtherActivity>([TestActivities.Ride("a"), TestActivities.Ride("b")], failAfter: 1);

        // When
        Assert.Throws<IOException>(() => database.Activities.SaveImport(TestActivities.Import(), TestActivities.Daily(3), others));

        // Then
        Assert.Equal(0, database.Activities.CountRuns());
        Assert.Equal(0, database.Activities.CountOtherActivities());
        Assert.Empty(database.Activities.GetImports());
    }

    [Fact]
    public void Should_work_normally_after_a_failed_import()
    {
        // Given
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        Assert.Throws<IOException>(
            () => database.Activities.SaveImport(TestActivities.Import(), new ThrowingList<Run>(TestActivities.Daily(3), 1), []));

        // When
        var result = database.Activities.SaveImport(TestActivities.Import(), TestActivities.Daily(3), []);

        // Then
        Assert.Equal(3, result.RunsAdded);
        Assert.Single(database.Activities.GetImports());
    }

    [Fact]
    public void Should_change_no_workout_type_when_one_update_names_an_unknown_run()
    {
        // Given
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        database.Activities.SaveImport(TestActivities.Import(), TestActivities.Daily(2), []);
        (ActivitySource, string, WorkoutType)[] updates =
        [
            (ActivitySource.BulkExport, "r0", WorkoutType.Long),
            (ActivitySource.BulkExport, "missing", WorkoutType.Easy),
        ];

        // When
        var error = Assert.Throws<KeyNotFoundException>(() => database.Activities.UpdateWorkoutTypes(updates));

        // Then
        Assert.Equal("No run bulk_export/missing is stored; no workout types were changed.", error.Message);
        Assert.All(database.Activities.GetRuns(), run => Assert.Equal(WorkoutType.Unknown, run.WorkoutType));
    }

    [Fact]
    public void Should_update_workout_types()
    {
        // Given
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        database.Activities.SaveImport(TestActivities.Import(), TestActivities.Daily(3), []);

        // When
        database.Activities.UpdateWorkoutTypes(
        [
            (ActivitySource.BulkExport, "r0", WorkoutType.Long),
            (ActivitySource.BulkExport, "r2", WorkoutType.Interval),
        ]);

        // Then
        Assert.Equal(
            [WorkoutType.Long, WorkoutType.Unknown, WorkoutType.Interval],
            database.Activities.GetRuns().Select(run => run.WorkoutType));
    }
}
