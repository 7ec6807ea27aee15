using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Tests.Training;

public sealed class GoalRealismTests
{
    private static readonly DateOnly AsOf = DateOnly.FromDateTime(Histories.Day0.AddDays(56));

    // Eight weeks of five 8 km runs at 5:30 /km (40 km a week) and a 10 km race in 42:00 on day 49.
    private static List<Run> History(double longestKm) => Enumerable.Range(0, 56)
        .Where(day => day % 7 is 0 or 1 or 3 or 4 or 6)
        .Select(day => day == 49 ? Histories.Run(day, 10, 252, WorkoutType.Race)
            : day == 48 ? Histories.Run(day, longestKm, 330, WorkoutType.Long)
            : Histories.Run(day, 8, 330, WorkoutType.Easy))
        .ToList();

    [Fact]
    public void Should_give_Tanda_marathon_time_from_weekly_km_and_training_pace()
    {
        // Given 8 weeks with K and P known
        var history = History(8);
        var km = history.Sum(run => run.Distance.Kilometers);
        var pace = history.Sum(run => run.MovingTime.TotalSeconds) / km;

        // When
        var tanda = GoalRealism.Tanda(history, AsOf)!.Value;

        // Then: Tanda 2011, Pm = 17.1 + 140 e^(-0.0053 K) + 0.55 P (s/km), times 42.195 km
        var expected = (17.1 + (140 * Math.Exp(-0.0053 * km / 8)) + (0.55 * pace)) * 42.195;
        Assert.Equal(expected, tanda.TotalSeconds, 6);
    }

    [Theory]
    [InlineData(30, 0)]
    [InlineData(26, 2)]
    [InlineData(8, 5)]
    public void Should_slow_a_marathon_goal_for_short_long_runs_and_show_the_method(double longestKm, int percent)
    {
        // Given a 10 km race that predicts a fast marathon, and long runs of some length
        var history = History(longestKm);
        var predicted = RacePredictor.Predict(Effort.FromRuns(history, AsOf), RaceKind.Marathon)!;

        // When
        var adjusted = GoalRealism.Adjust(predicted, history, AsOf)!;

        // Then: the slowest of VDOT, Riegel and Tanda (Tanda at most 5% slower), slowed by the stated percentage,
        // and the method says so
        var slowest = Math.Min(Math.Max(predicted.GoalTime.TotalSeconds, adjusted.TandaTime!.Value.TotalSeconds), predicted.GoalTime.TotalSeconds * 1.05);
        Assert.Equal(slowest * (1 + (percent / 100.0)), adjusted.GoalTime.TotalSeconds, 3);
        Assert.Contains("Tanda 2011", adjusted.Method, StringComparison.Ordinal);
        Assert.Contains($"+{percent}%", adjusted.Method, StringComparison.Ordinal);
        Assert.Equal(Pace.Of(RaceKindExtensions.MarathonDistance, adjusted.GoalTime), adjusted.GoalPace);
    }

    [Fact]
    public void Should_leave_a_half_marathon_goal_as_predicted()
    {
        // Given
        var history = History(8);
        var predicted = RacePredictor.Predict(Effort.FromRuns(history, AsOf), RaceKind.HalfMarathon)!;

        // When
        var adjusted = GoalRealism.Adjust(predicted, history, AsOf);

        // Then
        Assert.Same(predicted, adjusted);
    }
}
