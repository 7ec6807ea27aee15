using WorkoutGenerator.Domain.Fitness;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;
using static WorkoutGenerator.Domain.Tests.Training.Histories;

namespace WorkoutGenerator.Domain.Tests.Fitness;

public sealed class RaceBackTestTests
{
    /// <summary>Records what it was handed; answers 1:00:00.</summary>
    private sealed class Spy : IRaceMethod
    {
        public List<(DateOnly AsOf, IReadOnlyList<Run> Runs)> Calls { get; } = [];

        public string Name => "spy";

        public Duration? Predict(IReadOnlyList<Run> before, DateOnly asOf, RaceDistance race)
        {
            Calls.Add((asOf, before));
            return Duration.FromHours(1);
        }
    }

    private static List<Run> Season()
    {
        var runs = Enumerable.Range(0, 150).Select(i => Run(i * 2, 12, 330, WorkoutType.Easy)).ToList();
        runs.Add(Run(100, 10.1, 250, WorkoutType.Race));
        runs.Add(Run(200, 21.3, 265, WorkoutType.Race));
        runs.Add(Run(250, 15, 260, WorkoutType.Race));
        return runs;
    }

    [Fact]
    public void Should_never_hand_a_method_the_race_or_anything_from_the_prediction_date_on()
    {
        // Given a season with a 10 km and a half marathon race (and a 15 km race, not a standard distance)
        var spy = new Spy();

        // When
        var replays = RaceBackTest.Run(Season(), [spy]);

        // Then: 2 races x 2 horizons, each handed only runs strictly before its date, never a race day's run
        Assert.Equal(4, replays.Count);
        Assert.All(spy.Calls, call => Assert.All(call.Runs, run => Assert.True(DateOnly.FromDateTime(run.WallClockStart()) < call.AsOf)));
        Assert.All(replays, r => Assert.Equal(r.RaceDate.AddDays(-7 * r.WeeksOut), spy.Calls[replays.ToList().IndexOf(r)].AsOf));
        Assert.DoesNotContain(spy.Calls, call => call.Runs.Any(run => replays.Any(r => r.RunId == run.Id && DateOnly.FromDateTime(run.WallClockStart()) >= call.AsOf)));
    }

    [Fact]
    public void Should_measure_the_error_against_the_moving_time()
    {
        // Given the half of the season (21.3 km at 4:25 /km), predicted 1:00:00 by the spy
        var replay = RaceBackTest.Run(Season(), [new Spy()]).First(r => r.Race == RaceDistance.Half);

        // Then: 3600 / (21.3 x 265) - 1
        Assert.Equal((3600 / (21.3 * 265)) - 1, replay.Error!.Value, 9);
    }

    [Theory]
    [InlineData(4.89, null)]
    [InlineData(4.9, RaceDistance.FiveK)]
    [InlineData(10.4, RaceDistance.TenK)]
    [InlineData(10.41, null)]
    [InlineData(21.5, RaceDistance.Half)]
    [InlineData(43.8, RaceDistance.Marathon)]
    public void Should_match_standard_distances_from_2_percent_under_to_4_percent_over(double km, RaceDistance? expected)
    {
        Assert.Equal(expected, RaceDistanceExtensions.Matching(Distance.FromKilometers(km)));
    }

    [Fact]
    public void Should_give_a_band_that_covers_at_least_80_percent_of_the_races_it_was_measured_on()
    {
        // Given ten replays with errors of 1..10%
        var replays = Enumerable.Range(1, 10)
            .Select(i => new RaceReplay($"r{i}", new DateOnly(2025, 1, i), RaceDistance.TenK, Duration.FromSeconds(1000), 4, "m", Duration.FromSeconds(1000 * (1 + (i % 2 == 0 ? 0.01 : -0.01) * i))))
            .ToList();

        // When
        var summary = RaceErrorSummary.Of("m", replays)!;

        // Then
        var covered = replays.Count(r => Math.Abs(r.Error!.Value) <= summary.Band80 + 1e-12) / (double)replays.Count;
        Assert.True(covered >= 0.8, $"covered {covered}");
        Assert.Equal(0.055, summary.MedianAbsoluteError, 9);
        Assert.Equal(0.3, summary.Within3, 9);
        Assert.Equal(0.5, summary.Within5, 9);
    }

    [Fact]
    public void Should_choose_the_corpus_winner_with_too_few_own_races_and_say_so()
    {
        // Given a season with two races
        var goal = RaceGoals.For(Season(), DateOnly.FromDateTime(Day0.AddDays(300)), RaceDistance.Marathon)!;

        // Then
        Assert.Equal(RaceGoals.CorpusWinner, goal.Method);
        Assert.False(goal.Band.OwnRaces);
        Assert.Contains("under the 5 needed", goal.Choice);
        Assert.True(goal.Fast < goal.Time && goal.Time < goal.Slow);
    }

    [Fact]
    public void Should_choose_the_method_that_won_on_the_runners_own_races_when_there_are_enough()
    {
        // Given six 10 km races, each at exactly the time a "perfect" method predicts, and a spy answering 1:00:00
        var runs = Enumerable.Range(0, 200).Select(i => Run(i * 2, 12, 330, WorkoutType.Easy)).ToList();
        for (var k = 0; k < 6; k++)
        {
            runs.Add(Run(60 + (k * 50), 10, 360, WorkoutType.Race));
        }

        var perfect = new Fixed("perfect", Duration.FromSeconds(3600));
        var goal = RaceGoals.For(runs, DateOnly.FromDateTime(Day0.AddDays(400)), RaceDistance.TenK, [new Fixed("off", Duration.FromSeconds(3300)), perfect])!;

        // Then: the perfect one, with a band of 0 on 6 races
        Assert.Equal("perfect", goal.Method);
        Assert.True(goal.Band.OwnRaces);
        Assert.Equal(6, goal.Band.Races);
        Assert.Equal(0, goal.Band.Fraction, 9);
        Assert.Equal("your past 6 races: 80% within 0.0%", goal.Band.Text);
    }

    private sealed class Fixed(string name, Duration time) : IRaceMethod
    {
        public string Name => name;

        public Duration? Predict(IReadOnlyList<Run> before, DateOnly asOf, RaceDistance race) => time;
    }
}
