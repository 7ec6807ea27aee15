using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Tests.Training;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Tests.Planning;

public sealed class PlanBuilderTests
{
    // Six weeks of 8 km on five days a week, Sunday long runs of 16 km at 6:00 /km, a 10 km race on day 35.
    private static List<Run> History() => Enumerable.Range(0, 42)
        .Where(day => day % 7 is 0 or 1 or 3 or 4 or 6)
        .Select(day => day == 35 ? Histories.Run(day, 10, 270, WorkoutType.Race)
            : day % 7 == 6 ? Histories.Run(day, 16, 360, WorkoutType.Long)
            : Histories.Run(day, 8, 330, WorkoutType.Easy))
        .ToList();

    private static readonly DateOnly From = DateOnly.FromDateTime(Histories.Day0.AddDays(42));

    [Fact]
    public void Should_build_a_marathon_plan_with_step_backs_a_peak_and_a_three_week_taper()
    {
        // Given a marathon 16 weeks out
        var options = new PlanOptions(From.AddDays(16 * 7 - 1), From);

        // When
        var plan = PlanBuilder.Build(History(), options, new RecentPacePredictor());

        // Then
        Assert.Equal(
            [PlanPhase.Base, PlanPhase.Build, PlanPhase.Build, PlanPhase.Build, PlanPhase.StepBack, PlanPhase.Build, PlanPhase.Build, PlanPhase.Build,
             PlanPhase.StepBack, PlanPhase.Build, PlanPhase.Build, PlanPhase.Build, PlanPhase.Peak, PlanPhase.Taper, PlanPhase.Taper, PlanPhase.Race],
            plan.Weeks.Select(week => week.Phase));
        Assert.NotNull(plan.Race);
        Assert.Equal(10_000, plan.Race!.Basis.Distance.Meters);
        Assert.All(plan.Workouts.Where(w => w.Date.DayOfWeek == DayOfWeek.Sunday && w.Type != WorkoutType.Race), w => Assert.Equal(WorkoutType.Long, w.Type));
        Assert.Contains(plan.Workouts, w => w.Type == WorkoutType.Tempo && w.Structure is not null);
        Assert.Contains(plan.Workouts, w => w.Type == WorkoutType.Interval && w.Structure is not null);
        Assert.Equal(42_195, plan.Workouts[^1].Distance.Meters);
        Assert.DoesNotContain(plan.Warnings, w => w.StartsWith("Not met: ", StringComparison.Ordinal) || w.StartsWith("Thin base", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(10, "The race is 10 days away, under 21: too close to build; the plan only tapers from your current volume.")]
    [InlineData(250, "The race is 36 weeks away, more than 30: the plan holds your current volume (base phase, with step-back weeks) until 30 weeks out, then builds.")]
    [InlineData(0, "The race date 2025-02-17 is not after the start 2025-02-17: nothing to plan.")]
    public void Should_warn_when_the_race_is_too_close_or_too_far(int days, string warning)
    {
        // Given a race some days away; When
        var plan = PlanBuilder.Build(History(), new PlanOptions(From.AddDays(days), From), new RecentPacePredictor());

        // Then
        Assert.Contains(warning, plan.Warnings);
    }

    [Fact]
    public void Should_grow_a_high_volume_runners_half_marathon_long_run_past_19_km_to_a_quarter_of_the_peak()
    {
        // Given a runner of about 96 km a week (12 km Monday to Saturday, 24 km on Sunday) and a half marathon 16 weeks out
        var history = Enumerable.Range(0, 42)
            .Select(day => day % 7 == 6 ? Histories.Run(day, 24, 360, WorkoutType.Long) : Histories.Run(day, 12, 330, WorkoutType.Easy))
            .ToList();
        var options = new PlanOptions(From.AddDays(16 * 7 - 1), From, RaceKind.HalfMarathon);

        // When
        var plan = PlanBuilder.Build(history, options, new RecentPacePredictor());

        // Then the build's long run goes beyond the 19 km a lighter runner is given, within Daniels' 150 minutes
        var longest = plan.Workouts.Where(w => w.Type == WorkoutType.Long && w.Date < options.RaceDate.AddDays(-14)).MaxBy(w => w.Distance.Meters)!;
        Assert.True(longest.Distance > Distance.FromKilometers(19), longest.Distance.ToString());
        Assert.True(longest.Duration <= Duration.FromMinutes(150), longest.Duration.ToString());
    }

    [Fact]
    public void Should_refuse_to_plan_without_runs()
    {
        // Given no history; When
        var plan = PlanBuilder.Build([], new PlanOptions(From.AddDays(70), From), new RecentPacePredictor());

        // Then
        Assert.Empty(plan.Workouts);
        Assert.Equal(["No run of at least 2 km before 2025-02-17: import runs first."], plan.Warnings);
    }

    [Theory]
    [InlineData(3, DayOfWeek.Sunday, new[] { DayOfWeek.Sunday, DayOfWeek.Tuesday, DayOfWeek.Friday }, new[] { DayOfWeek.Tuesday })]
    [InlineData(5, DayOfWeek.Sunday, new[] { DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Saturday }, new[] { DayOfWeek.Wednesday })]
    [InlineData(6, DayOfWeek.Saturday, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }, new[] { DayOfWeek.Wednesday, DayOfWeek.Monday })]
    public void Should_spread_run_days_and_keep_quality_days_apart(int runs, DayOfWeek longDay, DayOfWeek[] runDays, DayOfWeek[] qualityDays)
    {
        // Given runs per week and a long-run day; When
        var schedule = WeekSchedule.For(runs, longDay);

        // Then
        Assert.Equal(runDays.Order(), schedule.RunDays.Order());
        Assert.Equal(qualityDays.Order(), schedule.QualityDays.Order());
    }

    [Fact]
    public void Should_report_missed_and_extra_runs_and_adapt_the_rest()
    {
        // Given a plan, then two weeks in which the runner ran only on Fridays, 2 km each (no planned run of the day
        // before or after within 20% of it, so they match none)
        var history = History();
        var options = new PlanOptions(From.AddDays(12 * 7 - 1), From);
        var plan = PlanBuilder.Build(history, options, new RecentPacePredictor());
        var fridays = new[] { 46, 53 }.Select(day => Histories.Run(day, 2, 330)).ToList();
        var actual = history.Concat(fridays).ToList();
        var today = From.AddDays(14);

        // When
        var status = PlanStatus.Compare(plan, actual, today);
        var adapted = PlanBuilder.AdaptRemaining(plan, actual, today, new RecentPacePredictor());

        // Then: every planned day of the two weeks missed, the Fridays extra (the plan has no Friday runs)
        var planned = plan.Workouts.Count(w => w.Date < today);
        Assert.Equal(planned, status.Missed);
        Assert.Equal(2, status.Extra);
        Assert.Equal(Distance.FromKilometers(2), status.Weeks[0].Done);
        Assert.Equal(plan.Workouts.Where(w => w.Date < today), adapted.Workouts.Where(w => w.Date < today));
        Assert.StartsWith($"Re-planned from 2025-03-03 on what was run since 2025-02-17: {planned} missed and 2 extra runs.", adapted.Warnings[0]);
        var nextWeek = adapted.Weeks.Single(w => w.WeekStart == today);
        var oldWeek = plan.Weeks.Single(w => w.WeekStart == today);
        Assert.True(nextWeek.Target < oldWeek.Target, $"{nextWeek.Target} vs {oldWeek.Target}");
    }
}
