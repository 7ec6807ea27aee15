using WorkoutGenerator.Domain.Analytics;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Tests;

public sealed class WeeklyVolumesTests
{
    [Fact]
    public void Should_group_runs_into_monday_weeks_and_keep_empty_weeks()
    {
        // Given a Sunday run, a Monday run, and one three weeks later
        var runs = new[]
        {
            RunOn(new DateTime(2024, 3, 10, 8, 0, 0), 30_000, WorkoutType.Long),
            RunOn(new DateTime(2024, 3, 11, 8, 0, 0), 8_000, WorkoutType.Easy),
            RunOn(new DateTime(2024, 4, 1, 8, 0, 0), 10_000, WorkoutType.Tempo),
        };

        // When
        var weeks = WeeklyVolumes.Compute(runs);

        // Then
        Assert.Equal(
            [new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 11), new DateOnly(2024, 3, 18), new DateOnly(2024, 3, 25), new DateOnly(2024, 4, 1)],
            weeks.Select(week => week.WeekStart));
        Assert.Equal(1, weeks[0].LongRuns);
        Assert.Equal(30_000, weeks[0].Distance.Meters);
        Assert.Equal(0, weeks[2].Runs);
        Assert.Null(weeks[2].LongestRun);
    }

    [Fact]
    public void Should_use_the_local_day_where_it_is_known()
    {
        // Given a Sunday-evening run in New York, which is Monday in UTC
        var run = RunOn(new DateTime(2024, 3, 11, 1, 30, 0), 10_000, WorkoutType.Easy) with
        {
            StartLocal = new DateTime(2024, 3, 10, 21, 30, 0),
        };

        // When
        var week = Assert.Single(WeeklyVolumes.Compute([run]));

        // Then
        Assert.Equal(new DateOnly(2024, 3, 4), week.WeekStart);
    }

    private static Run RunOn(DateTime utc, double meters, WorkoutType type) => new()
    {
        Id = utc.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Source = ActivitySource.BulkExport,
        StartUtc = new DateTimeOffset(utc, TimeSpan.Zero),
        Distance = Distance.FromMeters(meters),
        MovingTime = Duration.FromSeconds(meters * 0.33),
        SportType = SportType.Run,
        WorkoutType = type,
    };
}
