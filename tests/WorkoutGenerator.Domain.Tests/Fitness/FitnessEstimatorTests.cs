using WorkoutGenerator.Domain.Fitness;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;
using static WorkoutGenerator.Domain.Tests.Training.Histories;

namespace WorkoutGenerator.Domain.Tests.Fitness;

public sealed class FitnessEstimatorTests
{
    private static DateOnly DayOf(int day) => DateOnly.FromDateTime(Day0.AddDays(day));

    /// <summary>Easy 10 km runs every other day from day 0 to <paramref name="last"/>.</summary>
    private static List<Run> Easy(int last) => Enumerable.Range(0, (last / 2) + 1).Select(i => Run(i * 2, 10, 360, WorkoutType.Easy)).ToList();

    [Fact]
    public void Should_take_the_vdot_of_a_race_less_its_age_and_breaks()
    {
        // Given a 40:00 10 km race on day 41 among easy runs every other day
        var history = Easy(80);
        history.Add(Run(41, 10, 240, WorkoutType.Race));

        // When: 7 days after the race (longest break since: 1 day)
        var estimate = FitnessEstimator.Estimate(history, DayOf(48))!;

        // Then: VDOT of the race x (1 - 1 week of age loss)
        var raw = Vdot.Of(Distance.FromKilometers(10), Duration.FromMinutes(40));
        Assert.Equal(EvidenceKind.Race, estimate.Basis.Kind);
        Assert.Equal(raw * (1 - FitnessCalibration.Default.AgeLossPerWeek), estimate.Vdot, 6);
        Assert.Contains("a race of", estimate.Method);
    }

    [Fact]
    public void Should_say_no_loss_rather_than_minus_zero_for_a_race_the_day_before()
    {
        // Given a 10 km race the day before, after easy runs every other day (no break, under a week old)
        var history = Easy(40);
        history.Add(Run(41, 10, 240, WorkoutType.Race));

        // When
        var estimate = FitnessEstimator.Estimate(history, DayOf(42))!;

        // Then the break, which takes nothing off, reads as no loss, and no factor reads as "-0.0%"
        Assert.Matches(@"longest break since: \d+ days, no loss", estimate.Method);
        Assert.DoesNotContain("-0.0%", estimate.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_lower_the_estimate_after_a_long_break_by_daniels_table()
    {
        // Given the same race, then 28 days without a run
        var history = Easy(40);
        history.Add(Run(41, 10, 240, WorkoutType.Race));

        // When: the day after the 28-day break
        var estimate = FitnessEstimator.Estimate(history, DayOf(70))!;

        // Then: Daniels' 28-day row keeps 93.6%
        var raw = Vdot.Of(Distance.FromKilometers(10), Duration.FromMinutes(40));
        var age = 1 - (FitnessCalibration.Default.AgeLossPerWeek * 29 / 7.0);
        Assert.Equal(raw * age * 0.936, estimate.Vdot, 4);
    }

    [Fact]
    public void Should_count_an_unmarked_race_level_effort_at_its_stated_share()
    {
        // Given no race, but one unmarked 10 km at 3:50 /km among easy runs
        var history = Easy(60);
        history.Add(Run(59, 10, 230, WorkoutType.Tempo));

        // When
        var estimate = FitnessEstimator.Estimate(history, DayOf(60))!;

        // Then: its VDOT at the effort share, one day old
        Assert.Equal(EvidenceKind.Effort, estimate.Basis.Kind);
        var age = 1 - (FitnessCalibration.Default.AgeLossPerWeek / 7);
        Assert.Equal(Vdot.Of(Distance.FromKilometers(10), Duration.FromSeconds(2300)) * FitnessCalibration.Default.EffortShare * age, estimate.Vdot, 6);
    }

    [Fact]
    public void Should_never_see_runs_on_or_after_the_date()
    {
        // Given easy runs and a fast race on the day asked about and after it
        var history = Easy(60);
        var without = FitnessEstimator.Estimate(history, DayOf(40))!;
        history.Add(Run(40, 10, 220, WorkoutType.Race));
        history.Add(Run(45, 21.1, 230, WorkoutType.Race));

        // When
        var with = FitnessEstimator.Estimate(history, DayOf(40))!;

        // Then: the same estimate
        Assert.Equal(without.Vdot, with.Vdot);
        Assert.Equal(without.Method, with.Method);
    }

    [Fact]
    public void Should_fall_back_to_tandas_training_floor_without_races_or_efforts()
    {
        // Given only 2.5 km jogs (under the 3 km an effort needs)
        var history = Enumerable.Range(0, 30).Select(d => Run(d * 2, 2.5, 360, WorkoutType.Easy)).ToList();

        // When
        var estimate = FitnessEstimator.Estimate(history, DayOf(60))!;

        // Then
        Assert.Equal(EvidenceKind.Training, estimate.Basis.Kind);
        Assert.Equal(Vdot.Of(RaceKind.Marathon.Distance(), estimate.Training.TandaTime!.Value), estimate.Vdot, 6);
    }

    [Fact]
    public void Should_be_null_without_a_run_before_the_date()
    {
        Assert.Null(FitnessEstimator.Estimate([Run(5, 10)], DayOf(5)));
    }

    [Fact]
    public void Should_keep_daniels_order_of_paces_at_the_estimate()
    {
        // Given a race; When
        var history = Easy(60);
        history.Add(Run(50, 21.1, 270, WorkoutType.Race));
        var paces = FitnessEstimator.Estimate(history, DayOf(60))!.Paces;

        // Then: E slower than M slower than T slower than I
        Assert.True(paces.Easy.Fast > paces.Marathon.Slow && paces.Marathon.Fast > paces.Threshold.Slow && paces.Threshold.Fast > paces.Interval.Slow);
    }
}
