using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Planning.Stages;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Tests.Training;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Tests.Planning;

/// <summary>The planner's stages, each on its own.</summary>
public sealed class StageTests
{
    private static DateOnly Day(int day) => DateOnly.FromDateTime(Histories.Day0.AddDays(day));

    [Theory]
    [InlineData(42.2, 15, 5, 0.40)]
    [InlineData(21.1, 8, 3, 0.70)]
    [InlineData(10.0, 4, 1, 0.86)]
    public void Should_owe_recovery_by_the_distance_raced(double kilometers, int days, int weeks, double firstShare)
    {
        // Given a race of that distance
        var recovery = new RaceRecovery(Day(0), Distance.FromKilometers(kilometers), Distance.FromKilometers(60));

        // When / Then: Daniels' easy days, one week of return per 10 km, the first week's share of the base
        Assert.Equal(days, recovery.DaysOwed);
        Assert.Equal(weeks, recovery.ReturnWeeks);
        Assert.Equal(firstShare, recovery.FirstWeekShare, 2);
        Assert.True(recovery.Owes(Day(1)) && recovery.Owes(Day(days)) && !recovery.Owes(Day(days + 1)));
        Assert.Equal(1, recovery.ShareFor(Day(7 * (weeks + 1))));
    }

    [Fact]
    public void Should_take_an_unmarked_race_level_run_as_a_race_and_not_an_easy_long_run()
    {
        // Given eight weeks of easy 10 km runs and 20 km long runs, then an unmarked 10 km at 4:00 /km
        var easy = SeasonRuleTests.Block(8);
        var raced = easy.Append(Histories.Run(57, 10, 240)).ToList();

        // When
        var none = RaceEffort.Latest(easy, Day(58), 21);
        var race = RaceEffort.Latest(raced, Day(58), 21);

        // Then
        Assert.Null(none);
        Assert.NotNull(race);
        Assert.Equal(Day(57), DateOnly.FromDateTime(race!.WallClockStart()));
    }

    [Theory]
    [InlineData(1, 0.75)]
    [InlineData(3, 0.5)]
    [InlineData(8, 0.33)]
    public void Should_restart_after_a_break_at_Daniels_fraction(int weeksOff, double fraction)
    {
        // Given ten weeks of 58 km, then some weeks without a run
        var from = Day(70 + (7 * weeksOff));

        // When
        var pause = BreakReturn.Of(SeasonRuleTests.Block(10), from);

        // Then
        Assert.NotNull(pause);
        Assert.Equal(weeksOff, pause!.Weeks);
        Assert.Equal(fraction, pause.Fraction);
        Assert.Equal(Distance.FromKilometers(58) * fraction, pause.Restart);
    }

    [Fact]
    public void Should_alternate_long_run_kinds_back_from_the_peak_and_reach_the_need_in_the_last_three()
    {
        // Given a marathon's 16 weeks of targets from the runner's situation
        var history = SeasonRuleTests.Block(10, longKm: 24);
        var from = Day(70);
        var options = new PlanOptions(from.AddDays((16 * 7) - 1), from);
        var situation = Situation.Assess(history, options);
        var phases = PlanRules.Phases(16, RaceKind.Marathon);
        var weeks = Enumerable.Range(0, 16).Select(k => from.AddDays(7 * k)).ToList();
        var targets = VolumeStage.Plan(situation, options, weeks, phases, _ => 1);

        // When
        var specs = LongRunStage.Plan(situation, options, targets, Distance.FromKilometers(32), Distance.FromKilometers(3));

        // Then: the peak week a long one, the growing weeks cycling long / marathon pace / shorter, the need 2-3 times
        var peak = phases.ToList().IndexOf(PlanPhase.Peak);
        Assert.Equal(LongRunKind.Long, specs[peak].Kind);
        Assert.Contains(specs, s => s.Kind == LongRunKind.MarathonPace);
        Assert.Contains(specs, s => s.Kind == LongRunKind.Shorter);
        Assert.InRange(specs.Count(s => s.Kind != LongRunKind.Taper && s.Wanted >= Distance.FromKilometers(32) * 0.97), 2, 3);
    }

    [Fact]
    public void Should_hold_the_first_weeks_after_a_marathon_under_the_gradual_return()
    {
        // Given ten weeks of 58 km and a marathon on day 69, planned from the day after
        var history = SeasonRuleTests.Block(10).Where(run => DateOnly.FromDateTime(run.WallClockStart()) != Day(69)).Append(Histories.Run(69, 42.2, 255, WorkoutType.Race)).ToList();
        var from = Day(70);
        var options = new PlanOptions(from.AddDays((16 * 7) - 1), from, RaceKind.HalfMarathon);
        var situation = Situation.Assess(history, options);
        var weeks = Enumerable.Range(0, 16).Select(k => from.AddDays(7 * k)).ToList();

        // When
        var targets = VolumeStage.Plan(situation, options, weeks, PlanRules.Phases(16, RaceKind.HalfMarathon), _ => 1);

        // Then: 40% of the base before the race the first week, climbing each week, marked as recovering
        Assert.NotNull(situation.Recovery);
        Assert.True(targets[0].Target <= situation.Recovery!.BaseBefore * 0.41, targets[0].Target.ToString());
        Assert.True(targets[0].Recovering && targets[1].Target > targets[0].Target);
    }
}
