using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Tests.Training;

public sealed class RaceAndPaceTests
{
    [Fact]
    public void Should_give_vdot_50_for_a_19_57_5k_as_in_daniels_tables()
    {
        // Given 5 km in 19:57; When
        var vdot = Vdot.Of(Distance.FromKilometers(5), Duration.FromSeconds((19 * 60) + 57));

        // Then
        Assert.Equal(50.0, vdot, 0.3);
    }

    [Fact]
    public void Should_solve_the_marathon_time_at_vdot_50_near_3_10_49()
    {
        // Given VDOT 50; When
        var time = Vdot.RaceTime(50, RaceKindExtensions.MarathonDistance);

        // Then: Daniels' table reads 3:10:49
        Assert.InRange(time.TotalSeconds, (3 * 3600) + (10 * 60) + 49 - 90, (3 * 3600) + (10 * 60) + 49 + 90);
        Assert.Equal(50.0, Vdot.Of(RaceKindExtensions.MarathonDistance, time), 6);
    }

    [Fact]
    public void Should_derive_threshold_and_interval_paces_near_daniels_tables()
    {
        // Given VDOT 50; When
        var paces = TrainingPaces.FromVdot(50);

        // Then: T 4:15 /km, I 3:55 /km within 6 s; E slower than M slower than T
        Assert.Equal(255, paces.Threshold.Middle.SecondsPerKilometer, 6.0);
        Assert.Equal(235, paces.Interval.Middle.SecondsPerKilometer, 6.0);
        Assert.True(paces.Easy.Fast > paces.Marathon.Slow && paces.Marathon.Fast > paces.Threshold.Slow);
    }

    [Fact]
    public void Should_predict_with_riegel_and_flag_it_optimistic_for_a_marathon_from_a_half()
    {
        // Given a 1:40:00 half marathon race
        var half = new Effort(RaceKind.HalfMarathon.Distance(), Duration.FromMinutes(100), new DateOnly(2025, 3, 2), IsRace: true);

        // When
        var prediction = RacePredictor.Predict([half], RaceKind.Marathon)!;

        // Then: Riegel 100 min * 2^1.06 = 208.5 min; the goal is the slower of Riegel and Daniels
        Assert.Equal(100 * Math.Pow(2, 1.06) * 60, prediction.RiegelTime.TotalSeconds, 1);
        Assert.True(prediction.RiegelOptimistic);
        Assert.Equal(Math.Max(prediction.RiegelTime.TotalSeconds, prediction.DanielsTime.TotalSeconds), prediction.GoalTime.TotalSeconds);
        Assert.Contains("Vickers & Vertosick 2016", prediction.Method);
        Assert.Equal(prediction.GoalTime.TotalSeconds / 42_195, prediction.GoalPace.SecondsPerMeter, 9);
    }

    [Fact]
    public void Should_prefer_races_over_fast_training_runs()
    {
        // Given a fast 5 km training run and a slower 10 km race
        var efforts = new[]
        {
            new Effort(Distance.FromKilometers(5), Duration.FromMinutes(19), new DateOnly(2025, 3, 1), IsRace: false),
            new Effort(Distance.FromKilometers(10), Duration.FromMinutes(45), new DateOnly(2025, 3, 8), IsRace: true),
        };

        // When
        var prediction = RacePredictor.Predict(efforts, RaceKind.HalfMarathon)!;

        // Then
        Assert.Equal(efforts[1], prediction.Basis);
        Assert.False(prediction.RiegelOptimistic);
    }

    [Fact]
    public void Should_predict_the_median_of_the_same_weekday_runs()
    {
        // Given Mondays at 6:00 /km and other days at 5:00 /km for four weeks (Day0 is a Monday)
        var history = Enumerable.Range(0, 28).Select(day => Histories.Run(day, 10, day % 7 == 0 ? 360 : 300)).ToList();

        // When
        var prediction = new RecentPacePredictor().Predict(history, Histories.Day0.AddDays(28));

        // Then
        Assert.Equal(360, prediction.Predicted.SecondsPerKilometer, 6);
        Assert.Equal("median of the last 4 Monday runs", prediction.Method);
        Assert.True(prediction.Fast < prediction.Predicted && prediction.Predicted < prediction.Slow);
    }

    [Fact]
    public void Should_build_an_interval_session_inside_the_distance()
    {
        // Given an interval day of 12 km in a 100 km week at VDOT 50
        var reasons = new List<string>();

        // When
        var (type, structure) = WorkoutStructures.Build(WorkoutType.Interval, Distance.FromKilometers(12), TrainingPaces.FromVdot(50), Distance.FromKilometers(100), TrainingOptions.Default, reasons);

        // Then: 2 km warm-up, 6 x (1000 m at I + 400 m jog), 1.6 km cool-down
        Assert.Equal(WorkoutType.Interval, type);
        Assert.Equal(6, structure!.Blocks[1].Repeats);
        Assert.Equal(1000, structure.Blocks[1].Steps[0].Distance!.Value.Meters);
        Assert.Equal(1600, structure.Blocks[2].Steps[0].Distance!.Value.Meters);
        Assert.Empty(reasons);
    }

    [Fact]
    public void Should_fall_back_from_intervals_to_an_easy_run_when_the_week_is_too_small()
    {
        // Given an interval day of 6 km in a 20 km week
        var reasons = new List<string>();

        // When
        var (type, structure) = WorkoutStructures.Build(WorkoutType.Interval, Distance.FromKilometers(6), TrainingPaces.FromVdot(50), Distance.FromKilometers(20), TrainingOptions.Default, reasons);

        // Then
        Assert.Equal(WorkoutType.Easy, type);
        Assert.Null(structure);
        Assert.Equal(2, reasons.Count);
        Assert.StartsWith("Too little room for 4 interval repeats in 6.00 km", UnitText.Render(reasons[0], DistanceUnit.Kilometer));
    }
}
