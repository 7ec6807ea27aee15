using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Services.Application;

namespace WorkoutGenerator.Services.Tests.Application;

public sealed class RunAndWeekQueriesTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    [Fact]
    public void Should_list_every_stored_run_oldest_first_and_the_newest_n()
    {
        // Given the demo athlete's export, imported
        using var workspace = demo.Open(WorkspaceAccess.Read);

        // When
        var all = workspace.Runs.List();
        var last = workspace.Runs.List(new RunFilter(Last: 5));

        // Then
        Assert.Equal(demo.Summary.RunsImported, all.Count);
        Assert.Equal(all.Count, workspace.Runs.Count());
        Assert.Equal(all.OrderBy(run => run.StartUtc).Select(run => run.Id), all.Select(run => run.Id));
        Assert.Equal(all.TakeLast(5).Select(run => run.Id), last.Select(run => run.Id));
    }

    [Fact]
    public void Should_keep_only_the_runs_of_a_type_between_two_days()
    {
        // Given
        using var workspace = demo.Open(WorkspaceAccess.Read);
        var from = DemoDatabase.LastDay.AddDays(-55);
        var to = DemoDatabase.LastDay.AddDays(-14);

        // When
        var longRuns = workspace.Runs.List(new RunFilter(From: from, To: to, Type: WorkoutType.Long));

        // Then every run kept is a long run inside the window, and none of those is left out
        Assert.NotEmpty(longRuns);
        Assert.All(longRuns, run => Assert.Equal(WorkoutType.Long, run.WorkoutType));
        var expected = workspace.Runs.List().Where(run => run.WorkoutType == WorkoutType.Long
            && DateOnly.FromDateTime(run.WallClockStart()) >= from && DateOnly.FromDateTime(run.WallClockStart()) <= to);
        Assert.Equal(expected.Select(run => run.Id), longRuns.Select(run => run.Id));
    }

    [Fact]
    public void Should_give_every_week_with_long_runs_and_the_acute_chronic_ratio()
    {
        // Given
        using var workspace = demo.Open(WorkspaceAccess.Read);

        // When
        var weeks = workspace.Weeks.List();
        var last = workspace.Weeks.List(4);

        // Then the weeks run Monday to Monday with nothing missing, the first three have no ratio yet
        Assert.InRange(weeks.Count, 30, 31);
        Assert.All(weeks.Zip(weeks.Skip(1)), pair => Assert.Equal(pair.First.WeekStart.AddDays(7), pair.Second.WeekStart));
        Assert.All(weeks.Take(3), week => Assert.Null(week.AcuteChronicRatio));
        Assert.True(weeks.Sum(week => week.LongRuns) > 10);
        // and a ratio is the week over the mean of it and the three before it
        var i = weeks.Count - 1;
        var chronic = weeks.Skip(i - 3).Take(4).Average(week => week.Distance.Meters);
        Assert.Equal(weeks[i].Distance.Meters / chronic, weeks[i].AcuteChronicRatio!.Value, 9);
        Assert.Equal(weeks.TakeLast(4), last);
    }

    [Fact]
    public void Should_refuse_a_database_that_is_not_there()
    {
        // Given a path nobody created
        var missing = Path.Combine(demo.Folder, "nothing-here", "typo.db");

        // When / Then
        Assert.Throws<Domain.Errors.UserFacingException>(() => Workspace.Open(new WorkspaceOptions(missing, demo.Time), WorkspaceAccess.Read));
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void Should_serve_workspaces_opened_at_once_from_different_threads()
    {
        // Given one expected answer
        int expected;
        using (var workspace = demo.Open(WorkspaceAccess.Read))
        {
            expected = workspace.Weeks.List().Count;
        }

        // When eight requests each open their own workspace at the same time
        var counts = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(4).Select(_ =>
        {
            using var workspace = demo.Open(WorkspaceAccess.Read);
            return workspace.Weeks.List().Count + workspace.Runs.List(new RunFilter(Last: 3)).Count;
        }).ToList();

        // Then each got the whole answer
        Assert.All(counts, count => Assert.Equal(expected + 3, count));
    }
}
