using System.Collections;
using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Storage.Tests;

/// <summary>One import and the reclassification it leads to are one transaction: a failure or Ctrl-C anywhere changes nothing.</summary>
public sealed class ImportTransactionTests
{
    [Fact]
    public void Should_leave_the_database_as_it_was_when_an_import_is_cancelled_midway()
    {
        // Given a stored import, and a second one whose runs ask to cancel when the fourth is handed over
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        database.Activities.SaveImport(TestActivities.Import("/first.zip"), TestActivities.Daily(2), []);
        using var cancel = new CancellationTokenSource();
        var runs = new CancellingList<Run>(TestActivities.Daily(6, firstIndex: 2), cancelAt: 3, cancel);
        (ActivitySource, string, WorkoutType)[] reclassified = [(ActivitySource.BulkExport, "r0", WorkoutType.Long)];

        // When
        Assert.Throws<OperationCanceledException>(
            () => database.Activities.SaveImport(TestActivities.Import("/second.zip"), runs, [TestActivities.Ride("ride")], reclassified, cancel.Token));

        // Then
        Assert.Equal(["r0", "r1"], database.Activities.GetRuns().Select(run => run.Id));
        Assert.All(database.Activities.GetRuns(), run => Assert.Equal(WorkoutType.Unknown, run.WorkoutType));
        Assert.Equal(0, database.Activities.CountOtherActivities());
        Assert.Equal(["/first.zip"], database.Activities.GetImports().Select(i => i.SourcePath));
    }

    [Fact]
    public void Should_store_no_runs_when_the_reclassification_that_follows_fails()
    {
        // Given a stored run and an import whose reclassification names a run that is not stored
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        database.Activities.SaveImport(TestActivities.Import("/first.zip"), TestActivities.Daily(1), []);
        (ActivitySource, string, WorkoutType)[] reclassified =
        [
            (ActivitySource.BulkExport, "r0", WorkoutType.Long),
            (ActivitySource.BulkExport, "missing", WorkoutType.Easy),
        ];

        // When
        Assert.Throws<KeyNotFoundException>(
            () => database.Activities.SaveImport(TestActivities.Import("/second.zip"), TestActivities.Daily(3, firstIndex: 1), [], reclassified, CancellationToken.None));

        // Then
        Assert.Equal(1, database.Activities.CountRuns());
        Assert.Equal(WorkoutType.Unknown, Assert.Single(database.Activities.GetRuns()).WorkoutType);
        Assert.Single(database.Activities.GetImports());
    }

    [Fact]
    public void Should_store_the_import_and_the_new_workout_types_together()
    {
        // Given
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        database.Activities.SaveImport(TestActivities.Import("/first.zip"), TestActivities.Daily(1), []);

        // When
        var saved = database.Activities.SaveImport(
            TestActivities.Import("/second.zip"), TestActivities.Daily(2, firstIndex: 1), [], [(ActivitySource.BulkExport, "r0", WorkoutType.Long)], CancellationToken.None);

        // Then
        Assert.Equal(2, saved.RunsAdded);
        Assert.Equal([WorkoutType.Long, WorkoutType.Unknown, WorkoutType.Unknown], database.Activities.GetRuns().Select(run => run.WorkoutType));
    }

    /// <summary>A list that cancels <paramref name="cancel"/> when item <paramref name="cancelAt"/> is handed over, as Ctrl-C mid-import would.</summary>
    private sealed class CancellingList<T>(IReadOnlyList<T> items, int cancelAt, CancellationTokenSource cancel) : IReadOnlyList<T>
    {
        public int Count => items.Count;

        public T this[int index]
        {
            get
            {
                if (index == cancelAt)
                {
                    cancel.Cancel();
                }

                return items[index];
            }
        }

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < items.Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
