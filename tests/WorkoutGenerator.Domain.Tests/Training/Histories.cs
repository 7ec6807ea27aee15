using CsCheck;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Tests.Training;

/// <summary>Synthetic histories for the training and planning tests: runs at 07:00 local on given days.</summary>
internal static class Histories
{
    public static readonly DateTime Day0 = new(2025, 1, 6, 7, 0, 0);

    public static Run Run(int day, double kilometers, double secondsPerKilometer = 330, WorkoutType type = WorkoutType.Unknown) => new()
    {
        Id = $"run-{day}-{kilometers}-{secondsPerKilometer}",
        Source = ActivitySource.BulkExport,
        StartUtc = new DateTimeOffset(Day0.AddDays(day), TimeSpan.Zero),
        StartLocal = Day0.AddDays(day),
        Distance = Distance.FromKilometers(kilometers),
        MovingTime = Duration.FromSeconds(kilometers * secondsPerKilometer),
        WorkoutType = type,
        SportType = SportType.Run,
    };

    public static PacePrediction Predict(double secondsPerKilometer) => new(
        Pace.FromSecondsPerKilometer(secondsPerKilometer),
        Pace.FromSecondsPerKilometer(secondsPerKilometer * 0.97),
        Pace.FromSecondsPerKilometer(secondsPerKilometer * 1.03),
        "test");

    /// <summary>1 to 70 runs on days 0..59, 2-35 km at 4:00-8:00 /km, any type.</summary>
    public static readonly Gen<List<Run>> Any =
        Gen.Select(Gen.Int[0, 59], Gen.Double[2, 35], Gen.Double[240, 480], Gen.Enum<WorkoutType>())
            .Select((day, km, pace, type) => Run(day, Math.Round(km, 1), Math.Round(pace), type))
            .List[1, 70];
}
