using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Testing;

/// <summary>Synthetic runs for tests: runs at 07:00 local (and UTC) on days counted from Monday 2025-01-06.</summary>
internal static class SampleRuns
{
    public static readonly DateTime Day0 = new(2025, 1, 6, 7, 0, 0);

    public static Run Run(int day, double kilometers, double secondsPerKilometer, WorkoutType type) => new()
    {
        Id = $"run-{day}",
        Source = ActivitySource.BulkExport,
        StartUtc = new DateTimeOffset(Day0.AddDays(day), TimeSpan.Zero),
        StartLocal = Day0.AddDays(day),
        Distance = Distance.FromKilometers(kilometers),
        MovingTime = Duration.FromSeconds(kilometers * secondsPerKilometer),
        WorkoutType = type,
        SportType = SportType.Run,
    };

    /// <summary>Six weeks of five runs a week (8 km easy, 16 km on Sundays) with a 10 km race on day 35.</summary>
    public static List<Run> SixWeeksWithARace() => Enumerable.Range(0, 42)
        .Where(day => day % 7 is 0 or 1 or 3 or 4 or 6)
        .Select(day => Run(day, day == 35 ? 10 : day % 7 == 6 ? 16 : 8, day == 35 ? 270 : 330, day == 35 ? WorkoutType.Race : WorkoutType.Easy))
        .ToList();
}
