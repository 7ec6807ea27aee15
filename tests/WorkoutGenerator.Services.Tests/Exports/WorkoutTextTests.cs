using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Services.Exports;

namespace WorkoutGenerator.Services.Tests.Exports;

public sealed class WorkoutTextTests
{
    private static readonly PaceRange Easy = new(Pace.FromSecondsPerKilometer(290), Pace.FromSecondsPerKilometer(310));
    private static readonly PaceRange Threshold = new(Pace.FromSecondsPerKilometer(210), Pace.FromSecondsPerKilometer(216));
    private static readonly PaceRange Interval = new(Pace.FromSecondsPerKilometer(196), Pace.FromSecondsPerKilometer(204));

    public static TheoryData<string, DistanceUnit, string> Sessions => new()
    {
        { "tempo", DistanceUnit.Kilometer, "Tempo 14.0 km: 2 km WU, 30 min at 3:33 /km, 3.5 km CD" },
        { "tempo", DistanceUnit.Mile, "Tempo 8.7 mi: 1.24 mi WU, 30 min at 5:43 /mi, 2.17 mi CD" },
        { "interval", DistanceUnit.Kilometer, "Interval 12.0 km: 2 km WU, 5 x 1 km at 3:20 /km (400 m jog), 3 km CD" },
        { "interval", DistanceUnit.Mile, "Interval 7.5 mi: 1.24 mi WU, 5 x 0.62 mi at 5:22 /mi (0.25 mi jog), 1.86 mi CD" },
        { "easy", DistanceUnit.Kilometer, "Easy 10.3 km at 5:00 /km" },
        { "easy", DistanceUnit.Mile, "Easy 6.4 mi at 8:03 /mi" },
    };

    [Theory]
    [MemberData(nameof(Sessions))]
    public void Should_write_the_session_the_way_a_coach_does_in_the_runners_unit(string session, DistanceUnit unit, string expected)
    {
        // Given
        var workout = Workout(session);

        // When
        var text = WorkoutText.Session(workout, unit);

        // Then
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Should_describe_a_workout_in_miles_with_no_kilometre_left_in_its_reasons()
    {
        // Given a workout whose reasons the Domain wrote with distances and paces in them
        var workout = Workout("tempo") with
        {
            Why = UnitText.Of($"Predicted {Pace.FromSecondsPerKilometer(300)}; weekly base {Distance.FromKilometers(60)}"),
            Reasons = [UnitText.Of($"Capped at {Distance.FromKilometers(14)}: at most 10% longer than {Distance.FromKilometers(12.8)}.")],
        };

        // When
        var description = WorkoutText.Description(workout, DistanceUnit.Mile);
        var csv = CsvExporter.Export([workout], DistanceUnit.Mile);

        // Then
        Assert.StartsWith("Tempo 8.7 mi: 1.24 mi WU, 30 min at 5:43 /mi, 2.17 mi CD\n", description, StringComparison.Ordinal);
        Assert.Contains("Why: Predicted 8:03 /mi; weekly base 37.28 mi", description, StringComparison.Ordinal);
        Assert.Contains("- Capped at 8.70 mi: at most 10% longer than 7.95 mi.", description, StringComparison.Ordinal);
        Assert.DoesNotContain("km", description, StringComparison.Ordinal);
        Assert.DoesNotContain("km", csv[CsvExporter.Header.Length..], StringComparison.Ordinal);
    }

    private static Workout Workout(string session) => session switch
    {
        "tempo" => Make(WorkoutType.Tempo, 14, Threshold, new WorkoutStructure([
            Block(1, new WorkoutStep(StepKind.WarmUp, Distance.FromKilometers(2), null, Easy, TrainingIntensity.Easy)),
            Block(1, new WorkoutStep(StepKind.Work, null, Duration.FromMinutes(30), Threshold, TrainingIntensity.Threshold)),
            Block(1, new WorkoutStep(StepKind.CoolDown, Distance.FromKilometers(3.5), null, Easy, TrainingIntensity.Easy)),
        ])),
        "interval" => Make(WorkoutType.Interval, 12, Interval, new WorkoutStructure([
            Block(1, new WorkoutStep(StepKind.WarmUp, Distance.FromKilometers(2), null, Easy, TrainingIntensity.Easy)),
            Block(5, new WorkoutStep(StepKind.Work, Distance.FromKilometers(1), null, Interval, TrainingIntensity.Interval), new WorkoutStep(StepKind.Recovery, Distance.FromMeters(400), null, Easy, TrainingIntensity.Easy)),
            Block(1, new WorkoutStep(StepKind.CoolDown, Distance.FromKilometers(3), null, Easy, TrainingIntensity.Easy)),
        ])),
        _ => Make(WorkoutType.Easy, 10.3, Easy, null),
    };

    private static WorkoutBlock Block(int repeats, params WorkoutStep[] steps) => new(repeats, steps);

    private static Workout Make(WorkoutType type, double kilometers, PaceRange range, WorkoutStructure? structure) => new(
        new DateOnly(2025, 4, 5),
        new TimeOnly(7, 0),
        type,
        range.Middle,
        range.Fast,
        range.Slow,
        Distance.FromKilometers(kilometers),
        range.Middle.TimeFor(Distance.FromKilometers(kilometers)),
        structure,
        "why",
        []);
}
