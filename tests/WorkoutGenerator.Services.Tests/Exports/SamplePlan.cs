using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Services.Tests.Exports;

/// <summary>A 10-week half-marathon plan over six synthetic weeks of running, with a 10 km race in them.</summary>
internal static class SamplePlan
{
    public static readonly DateTime Day0 = new(2025, 1, 6, 7, 0, 0);

    public static TrainingPlan Build()
    {
        var history = Enumerable.Range(0, 42)
            .Where(day => day % 7 is 0 or 1 or 3 or 4 or 6)
            .Select(day => Run(day, day == 35 ? 10 : day % 7 == 6 ? 16 : 8, day == 35 ? 270 : 330, day == 35 ? WorkoutType.Race : WorkoutType.Easy))
            .ToList();
        var from = DateOnly.FromDateTime(Day0.AddDays(42));
        return PlanBuilder.Build(history, new PlanOptions(from.AddDays(69), from, RaceKind.HalfMarathon, 5, DayOfWeek.Sunday), new RecentPacePredictor());
    }

    private static Run Run(int day, double kilometers, double secondsPerKilometer, WorkoutType type) => new()
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
