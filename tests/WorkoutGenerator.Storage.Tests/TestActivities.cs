using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Storage.Tests;

internal static class TestActivities
{
    public static readonly DateTimeOffset Start = new(2024, 3, 10, 7, 15, 0, TimeSpan.Zero);

    public static ImportRecord Import(string path = "/exports/export_1.zip", int rowsRead = 3, int skippedRows = 0, string? notes = null) =>
        new(path, new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero), rowsRead, skippedRows, notes);

    /// <summary>A run with only the required fields set.</summary>
    public static Run Minimal(string id, DateTimeOffset? startUtc = null) => new()
    {
        Id = id,
        Source = ActivitySource.BulkExport,
        StartUtc = startUtc ?? Start,
        Distance = Distance.FromMeters(10_000),
        MovingTime = Duration.FromSeconds(3_000),
        SportType = SportType.Run,
    };

    /// <summary>A run with every field set to a value no default could produce, fractions included.</summary>
    public static Run Full(string id) => new()
    {
        Id = id,
        Source = ActivitySource.ActivityFile,
        SourceFile = "activities/9876543210.fit.gz",
        StartUtc = new DateTimeOffset(2023, 11, 5, 6, 42, 17, TimeSpan.Zero).AddTicks(1_234_567),
        StartLocal = new DateTime(2023, 11, 5, 7, 42, 17, DateTimeKind.Unspecified).AddTicks(7_654_321),
        Distance = Distance.FromMeters(21_097.512345678901),
        // A plausible half marathon (4:17 /km) with a time no decimal writes exactly: stored rows are checked on read.
        MovingTime = Duration.FromSeconds(5_432.1 + (1.0 / 3)),
        ElapsedTime = Duration.FromSeconds(5_999.875),
        ElevationGain = Distance.FromMeters(123.456789),
        AverageHeartRate = HeartRate.FromBeatsPerMinute(151.3333333333),
        WorkoutType = WorkoutType.Race,
        StravaWorkoutType = 1,
        Name = "Half marathon — \"PB\" 'day' ✓",
        SportType = SportType.TrailRun,
        Treadmill = true,
        ActivityFileName = "activities/9876543210.fit.gz",
    };

    public static OtherActivity Ride(string id, DateTimeOffset? startUtc = null) => new()
    {
        Id = id,
        Source = ActivitySource.BulkExport,
        StartUtc = startUtc ?? Start,
        Sport = "Ride",
        Name = "Commute",
        Distance = Distance.FromMeters(12_345.6),
        MovingTime = Duration.FromSeconds(2_400.5),
    };

    /// <summary>Runs one day apart, starting at <see cref="Start"/>, with ids "r0", "r1", ...</summary>
    public static List<Run> Daily(int count, int firstIndex = 0) =>
        Enumerable.Range(firstIndex, count).Select(i => Minimal($"r{i}", Start.AddDays(i))).ToList();
}
