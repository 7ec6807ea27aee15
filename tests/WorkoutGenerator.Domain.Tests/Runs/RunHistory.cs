using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Tests.Runs;

/// <summary>Builds synthetic runs for the classifier: unnamed unless told, easy pace unless told.</summary>
internal static class RunHistory
{
    public static readonly DateTimeOffset Day0 = new(2025, 1, 6, 7, 0, 0, TimeSpan.Zero);

    public static Run Run(int day, double kilometers, double secondsPerKilometer = 330, string? name = null, int? strava = null) => new()
    {
        Id = $"run-{day}-{kilometers}-{secondsPerKilometer}",
        Source = ActivitySource.BulkExport,
        StartUtc = Day0.AddDays(day),
        Distance = Distance.FromKilometers(kilometers),
        MovingTime = Duration.FromSeconds(kilometers * secondsPerKilometer),
        Name = name,
        StravaWorkoutType = strava,
        SportType = SportType.Run,
    };

    /// <summary>Six weeks of 10 km at 5:30 /km, six days a week: days 0 to 41.</summary>
    public static List<Run> SixEasyWeeks() =>
        Enumerable.Range(0, 42).Where(day => day % 7 != 6).Select(day => Run(day, 10)).ToList();
}
