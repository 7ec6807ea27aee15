using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Storage.Tests;

public sealed class SaveImportTests
{
    [Fact]
    public void Should_add_nothing_when_the_same_export_is_imported_twice()
    {
        // Given
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        var runs = TestActivities.Daily(5);
        var first = database.Activities.SaveImport(TestActivities.Import(), runs, [TestActivities.Ride("ride")]);

        // When
        var second = database.Activities.SaveImport(TestActivities.Import(), runs, [TestActivities.Ride("ride")]);

        // Then
        Assert.Equal(new SaveResult(5, 0, 1, 0, first.ImportId), first);
        Assert.Equal(new SaveResult(0, 5, 0, 1, second.ImportId), second);
        Assert.NotEqual(first.ImportId, second.ImportId);
        Assert.Equal(5, database.Activities.CountRuns());
        Assert.Equal(1, database.Activities.CountOtherActivities());
    }

    [Fact]
    public void Should_add_only_the_new_runs_of_a_newer_export_and_keep_the_stored_ones()
    {
        // Given
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        database.Activities.SaveImport(TestActivities.Import("/exports/old.zip"), TestActivities.Daily(3), []);
        var renamed = TestActivities.Daily(3)[0] with { Name = "renamed later", Distance = Distance.FromMeters(5) };
        var newer = TestActivities.Daily(2, firstIndex: 3).Prepend(renamed).ToList();

        // When
        var result = database.Activities.SaveImport(TestActivities.Import("/exports/new.zip"), newer, []);

        // Then
        Assert.Equal((2, 1), (result.RunsAdded, result.RunsAlreadyStored));
        Assert.Equal(TestActivities.Daily(5), database.Activities.GetRuns());
    }

    [Fact]
    public void Should_count_a_run_listed_twice_in_one_import_once()
    {
        // Given
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        var run = TestActivities.Minimal("twice");

        // When
        var result = database.Activities.SaveImport(TestActivities.Import(), [run, run], []);

        // Then
        Assert.Equal((1, 1), (result.RunsAdded, result.RunsAlreadyStored));
        Assert.Equal(1, database.Activities.CountRuns());
    }

    [Fact]
    public void Should_keep_runs_of_different_sources_with_the_same_id_apart()
    {
        // Given
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        var fromExport = TestActivities.Minimal("42");
        var fromFile = fromExport with { Source = Domain.Runs.ActivitySource.ActivityFile };

        // When
        var result = database.Activities.SaveImport(TestActivities.Import(), [fromExport, fromFile], []);

        // Then
        Assert.Equal(2, result.RunsAdded);
    }

    [Fact]
    public void Should_record_each_import_with_its_counts()
    {
        // Given
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        var first = database.Activities.SaveImport(TestActivities.Import("/a.zip", rowsRead: 4, skippedRows: 1), TestActivities.Daily(3), []);

        // When
        var second = database.Activities.SaveImport(TestActivities.Import("/b.zip", rowsRead: 5), TestActivities.Daily(4), [TestActivities.Ride("x")]);

        // Then
        Assert.Equal(
            [
                new StoredImport(TestActivities.Import("/a.zip", rowsRead: 4, skippedRows: 1), new SaveResult(3, 0, 0, 0, first.ImportId)),
                new StoredImport(TestActivities.Import("/b.zip", rowsRead: 5), new SaveResult(1, 3, 1, 0, second.ImportId)),
            ],
            database.Activities.GetImportHistory());
    }

    [Fact]
    public void Should_save_ten_thousand_runs_in_one_import()
    {
        // Given: a whole career of daily runs (the insert is one prepared command reused per row)
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        var runs = TestActivities.Daily(10_000);

        // When
        var result = database.Activities.SaveImport(TestActivities.Import(rowsRead: 10_000), runs, []);

        // Then
        Assert.Equal(10_000, result.RunsAdded);
        Assert.Equal(10_000, database.Activities.CountRuns());
        Assert.Equal(runs[^1], database.Activities.GetLastRuns(1)[0]);
    }

    [Fact]
    public void Should_refuse_an_import_with_negative_counts()
    {
        // Given
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());

        // When
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => database.Activities.SaveImport(TestActivities.Import(rowsRead: -1), [], []));

        // Then
        Assert.Equal("import", error.ParamName);
        Assert.Empty(database.Activities.GetImports());
    }
}
