using Microsoft.Extensions.Time.Testing;

namespace WorkoutGenerator.Storage.Tests;

public sealed class QueryTests
{
    [Fact]
    public void Should_return_the_newest_runs_oldest_first()
    {
        // Given: runs saved out of order
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        var runs = TestActivities.Daily(6);
        database.Activities.SaveImport(TestActivities.Import(), [runs[4], runs[0], runs[5], runs[2], runs[1], runs[3]], []);

        // When
        var last = database.Activities.GetLastRuns(3);

        // Then
        Assert.Equal(["r3", "r4", "r5"], last.Select(run => run.Id));
    }

    [Theory]
    [InlineData(0, "")]
    [InlineData(3, "r0 r1 r2")]
    [InlineData(50, "r0 r1 r2")]
    public void Should_return_at_most_the_runs_stored(int count, string expectedIds)
    {
        // Given
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        database.Activities.SaveImport(TestActivities.Import(), TestActivities.Daily(3), []);

        // When
        var last = database.Activities.GetLastRuns(count);

        // Then
        Assert.Equal(expectedIds, string.Join(' ', last.Select(run => run.Id)));
    }

    [Fact]
    public void Should_refuse_a_negative_count()
    {
        // Given
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());

        // When / Then
        Assert.Throws<ArgumentOutOfRangeException>(() => database.Activities.GetLastRuns(-1));
    }

    [Fact]
    public void Should_order_runs_that_start_together_by_source_and_id()
    {
        // Given
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        var b = TestActivities.Minimal("b");
        var a = TestActivities.Minimal("a");
        var later = TestActivities.Minimal("0", TestActivities.Start.AddSeconds(1));

        // When
        database.Activities.SaveImport(TestActivities.Import(), [later, b, a], []);

        // Then
        Assert.Equal(["a", "b", "0"], database.Activities.GetRuns().Select(run => run.Id));
        Assert.Equal(["b", "0"], database.Activities.GetLastRuns(2).Select(run => run.Id));
    }

    [Theory]
    [InlineData(null, null, "r0 r1 r2 r3 r4")]
    [InlineData(1, null, "r1 r2 r3 r4")]
    [InlineData(null, 3, "r0 r1 r2")]
    [InlineData(1, 3, "r1 r2")]
    [InlineData(2, 2, "")]
    public void Should_return_runs_from_the_start_up_to_but_not_including_the_end(int? fromDay, int? toDay, string expectedIds)
    {
        // Given
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        database.Activities.SaveImport(TestActivities.Import(), TestActivities.Daily(5), []);

        // When
        var runs = database.Activities.GetRuns(
            fromDay is { } f ? TestActivities.Start.AddDays(f) : null,
            toDay is { } t ? TestActivities.Start.AddDays(t) : null);

        // Then
        Assert.Equal(expectedIds, string.Join(' ', runs.Select(run => run.Id)));
    }

    [Fact]
    public void Should_compare_bounds_given_in_another_offset_as_instants()
    {
        // Given: r1 starts 2024-03-11T07:15Z, which is 09:15 at +02:00
        using var database = WorkoutDatabase.OpenInMemory(new FakeTimeProvider());
        database.Activities.SaveImport(TestActivities.Import(), TestActivities.Daily(3), []);
        var from = new DateTimeOffset(2024, 3, 11, 9, 15, 0, TimeSpan.FromHours(2));

        // When
        var runs = database.Activities.GetRuns(from);

        // Then
        Assert.Equal(["r1", "r2"], runs.Select(run => run.Id));
    }
}
