using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Services.Tests.Planning;

/// <summary>Eight weeks of five runs a week from Monday 2025-01-06, stored in a database the way an import stores them.</summary>
internal static class SyntheticRuns
{
    public static readonly DateTime Day0 = new(2025, 1, 6, 7, 0, 0);

    public static List<Run> Weeks(int weeks, int firstDay = 0) => Enumerable.Range(firstDay, weeks * 7)
        .Where(day => day % 7 is 0 or 1 or 3 or 4 or 6)
        .Select(day => Run(day, day % 7 == 6 ? 16 : 8, day % 7 == 3 ? 290 : 330, day % 7 == 6 ? WorkoutType.Long : WorkoutType.Easy))
        .ToList();

    public static void Store(WorkoutDatabase database, IReadOnlyList<Run> runs) =>
        database.Activities.SaveImport(new ImportRecord("/exports/synthetic.csv", new DateTimeOffset(Day0, TimeSpan.Zero), runs.Count, 0, null), runs, []);

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
}
