using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Model.Tests.Support;

/// <summary>Runs for tests, built from the numbers a test reasons about (km, s/km).</summary>
internal static class TestRuns
{
    /// <summary>A Monday, so day offsets read as days of the week.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    public static Run Run(
        string id,
        DateTimeOffset startUtc,
        double secondsPerKm = 300,
        double km = 10,
        WorkoutType type = WorkoutType.Easy,
        double? elevationMeters = 50,
        DateTime? startLocal = null,
        ActivitySource source = ActivitySource.BulkExport) => new()
        {
            Id = id,
            Source = source,
            StartUtc = startUtc,
            StartLocal = startLocal,
            Distance = Distance.FromKilometers(km),
            MovingTime = Duration.FromSeconds(secondsPerKm * km),
            ElevationGain = elevationMeters is { } m ? Distance.FromMeters(m) : null,
            WorkoutType = type,
            SportType = SportType.Run,
        };

    /// <summary>A run at <paramref name="day"/> days after <see cref="Monday"/> 00:00 UTC with the same local clock.</summary>
    public static Run OnDay(string id, double day, double secondsPerKm = 300, double km = 10, WorkoutType type = WorkoutType.Easy, double? elevationMeters = 50)
    {
        var start = Monday.AddDays(day);
        return Run(id, start, secondsPerKm, km, type, elevationMeters, start.DateTime);
    }
}
