using WorkoutGenerator.Domain.Analytics;
using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Planning.Stages;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Tests.Training;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Tests.Planning;

/// <summary>One test per coaching rule of the runner's season (docs/coaching.md, rules 25-30).</summary>
public sealed class SeasonRuleTests
{
    /// <summary>Weeks of five runs from day <paramref name="first"/>: 10 km Monday, Tuesday and Thursday, 8 km Friday, a Sunday long run (58 km a week at 20 km).</summary>
    internal static List<Run> Block(int weeks, int first = 0, double longKm = 20) => Enumerable.Range(first, weeks * 7)
        .Where(day => day % 7 is 0 or 1 or 3 or 4 or 6)
        .Select(day => day % 7 == 6 ? Histories.Run(day, longKm, 350, WorkoutType.Long)
            : Histories.Run(day, day % 7 == 4 ? 8 : 10, 330, WorkoutType.Easy))
        .ToList();

    private static DateOnly Day(int day) => DateOnly.FromDateTime(Histories.Day0.AddDays(day));

    private static Distance Volume(IEnumerable<Workout> workouts) => workouts.Aggregate(Distance.Zero, (sum, w) => sum + w.Distance);

    [Fact]
    public void Should_owe_one_easy_day_per_3_km_raced_after_a_marathon_in_the_plan_and_in_next()
    {
        // Given ten weeks of 58 km ending with a 2:59 marathon on day 69 (a Sunday), and a half 16 weeks later
        var history = Block(10).Where(run => DateOnly.FromDateTime(run.WallClockStart()) != Day(69)).Append(Histories.Run(69, 42.2, 255, WorkoutType.Race)).ToList();
        var options = new PlanOptions(Day(70 + (16 * 7) - 1), Day(70), RaceKind.HalfMarathon);

        // When
        var plan = PlanBuilder.Build(history, options, new RecentPacePredictor());
        var next = Enumerable.Range(70, 3).Select(day => NextWorkout.Prescribe(history, Histories.Day0.AddDays(day), Histories.Predict(300))).ToList();

        // Then: 15 easy days (42.2 / 3, up), no session, no long run, in the plan and in `next`; a light first week back
        var owed = plan.Workouts.Where(w => w.Date <= Day(69 + 15)).ToList();
        Assert.DoesNotContain(owed, w => w.Type is WorkoutType.Tempo or WorkoutType.Interval or WorkoutType.Long);
        Assert.All(next, w => Assert.True(w.Type is WorkoutType.Easy or WorkoutType.Recovery && w.Distance <= Distance.FromKilometers(10), $"{w.Type} {w.Distance}"));
        Assert.True(Volume(plan.Workouts.Where(w => w.Date < Day(77))) <= Distance.FromKilometers(58 * 0.5), Volume(plan.Workouts.Where(w => w.Date < Day(77))).ToString());
        Assert.Contains(plan.Warnings, w => w.StartsWith("Recovery after the", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_treat_a_taper_week_before_a_marathon_as_recovery_owed_not_as_a_break()
    {
        // Given nine weeks of 58 km, a 15 km taper week, then a marathon on Monday day 70 (as Boston falls), and a plan
        // from the day after
        var taper = new[] { 63, 64, 66 }.Select(day => Histories.Run(day, 5, 330, WorkoutType.Easy));
        var history = Block(9).Concat(taper).Append(Histories.Run(70, 42.2, 255, WorkoutType.Race)).ToList();
        var options = new PlanOptions(Day(71 + (16 * 7)), Day(71), RaceKind.HalfMarathon);

        // When
        var plan = PlanBuilder.Build(history, options, new RecentPacePredictor());

        // Then the plan says the recovery it owes, and never that the runner is back from a break
        Assert.Contains(plan.Warnings, w => w.StartsWith("Recovery after the", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Warnings, w => w.StartsWith("Back from", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_restart_at_Daniels_fraction_after_a_break_and_climb_at_most_10_percent_a_week()
    {
        // Given ten weeks of 58 km, then five weeks without a run, and a half 16 weeks after the return
        var history = Block(10);
        var from = Day(105);
        var options = new PlanOptions(from.AddDays((16 * 7) - 1), from, RaceKind.HalfMarathon);

        // When
        var pause = BreakReturn.Of(history, from);
        var plan = PlanBuilder.Build(history, options, new RecentPacePredictor());

        // Then: a 5-week break restarts at a third of the former load (Daniels), and each week grows at most 10%
        Assert.NotNull(pause);
        Assert.Equal(5, pause!.Weeks);
        Assert.Equal(0.33, pause.Fraction);
        var weeks = plan.Weeks.Where(w => w.Phase is not (PlanPhase.Taper or PlanPhase.Race)).Select(w => w.Planned).ToList();
        Assert.InRange(weeks[0] / Distance.FromKilometers(58), 0.2, 0.45);
        for (var k = 1; k < weeks.Count; k++)
        {
            Assert.True(weeks[k] <= Distance.Max(weeks.Take(k).TakeLast(4).Max() * 1.1, Distance.FromKilometers(9)) + Distance.FromMeters(1), $"week {k}: {weeks[k]}");
        }

        Assert.Contains(plan.Warnings, w => w.StartsWith("Back from 5 weeks", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_keep_paces_in_Daniels_order_and_still_when_no_evidence_moves()
    {
        // Given a 10 km race in 40:00 on day 6, then ten weeks of easy running; plans 11 and 12 weeks after the race
        // (the old 12-week window dropped the race between them)
        var history = Block(11).Where(run => DateOnly.FromDateTime(run.WallClockStart()) != Day(6)).Append(Histories.Run(6, 10, 240, WorkoutType.Race)).ToList();
        var first = PlanBuilder.Build(history, new PlanOptions(Day(77 + 111), Day(77)), new RecentPacePredictor());
        var later = PlanBuilder.Build(history, new PlanOptions(Day(84 + 111), Day(84)), new RecentPacePredictor());

        // When
        static Pace Work(TrainingPlan plan, TrainingIntensity intensity) => plan.Workouts
            .Select(w => w.Structure?.Blocks.SelectMany(b => b.Steps).FirstOrDefault(s => s.Kind == StepKind.Work && s.Intensity == intensity)).OfType<WorkoutStep>().First().Pace.Middle;

        // Then: easy slower than marathon pace, slower than threshold, slower than interval; threshold moves under 2%
        var easy = first.Workouts.Where(w => w.Type == WorkoutType.Easy && w.Structure is null).Min(w => w.TargetPace);
        Assert.True(easy > Work(first, TrainingIntensity.Marathon), $"{easy} vs {Work(first, TrainingIntensity.Marathon)}");
        Assert.True(Work(first, TrainingIntensity.Marathon) > Work(first, TrainingIntensity.Threshold));
        Assert.True(Work(first, TrainingIntensity.Threshold) > Work(first, TrainingIntensity.Interval));
        var move = Math.Abs((Work(later, TrainingIntensity.Threshold).SecondsPerMeter / Work(first, TrainingIntensity.Threshold).SecondsPerMeter) - 1);
        Assert.True(move < 0.02, $"threshold moved {move:P1}");
    }

    [Fact]
    public void Should_alternate_long_runs_and_reach_the_peak_two_or_three_times_for_a_marathon()
    {
        // Given 70 km weeks with 26 km long runs, and a marathon 20 weeks out
        var history = Block(10, longKm: 26).Concat(Enumerable.Range(0, 10).Select(w => Histories.Run((w * 7) + 5, 6, 330, WorkoutType.Easy))).ToList();
        var from = Day(70);
        var plan = PlanBuilder.Build(history, new PlanOptions(from.AddDays((20 * 7) - 1), from), new RecentPacePredictor());

        // When: each build week's long run
        var longs = plan.Weeks.Where(w => w.Phase is PlanPhase.Build or PlanPhase.Peak or PlanPhase.Base)
            .Select(w => plan.Workouts.Where(x => x.Type == WorkoutType.Long && WeeklyVolumes.WeekStartOf(x.Date) == w.WeekStart).Select(x => x.Distance.Meters).DefaultIfEmpty(0).Max())
            .Where(m => m > 0).ToList();

        // Then: never the same three weeks running, the longest 2-3 times, and marathon-pace long runs among them
        for (var i = 2; i < longs.Count; i++)
        {
            Assert.False(longs.Skip(i - 2).Take(3).Max() <= longs.Skip(i - 2).Take(3).Min() * 1.03, $"weeks {i - 2}-{i}: {string.Join(", ", longs)}");
        }

        Assert.InRange(longs.Count(m => m >= longs.Max() * 0.97), 2, 3);
        Assert.Contains(plan.Workouts, w => w.Type == WorkoutType.Long && w.Structure?.Blocks[1].Steps[0].Intensity == TrainingIntensity.Marathon);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(7)]
    public void Should_plan_exactly_the_runs_a_week_asked_for_with_short_recovery_runs_and_few_sessions(int runsPerWeek)
    {
        // Given 58 km weeks and a marathon 16 weeks out
        var from = Day(70);
        var plan = PlanBuilder.Build(Block(10), new PlanOptions(from.AddDays((16 * 7) - 1), from, RaceKind.Marathon, runsPerWeek), new RecentPacePredictor());

        // When: the whole weeks before race week
        var weeks = plan.Weeks.Where(w => w.Phase != PlanPhase.Race).Select(w => plan.Workouts.Where(x => x.Type != WorkoutType.Race && WeeklyVolumes.WeekStartOf(x.Date) == w.WeekStart).ToList()).ToList();

        // Then: the runs asked for, recovery runs at most 10 km (Pfitzinger), at most one session in three runs (Seiler)
        Assert.All(weeks, week => Assert.Equal(runsPerWeek, week.Count));
        Assert.All(plan.Workouts.Where(w => w.Type == WorkoutType.Recovery), w => Assert.True(w.Distance <= Distance.FromKilometers(10)));
        Assert.All(weeks, week => Assert.True(week.Count(w => w.Type is WorkoutType.Tempo or WorkoutType.Interval) <= Math.Max(1, runsPerWeek / 3)));
    }

    [Fact]
    public void Should_state_a_cap_when_the_runs_asked_for_cannot_hold_a_very_high_volume()
    {
        // Given 160 km weeks (20 km a day, 40 km on Sundays) and 5 runs a week asked for
        var history = Enumerable.Range(0, 70).Select(day => Histories.Run(day, day % 7 == 6 ? 40 : 20, 300, day % 7 == 6 ? WorkoutType.Long : WorkoutType.Easy)).ToList();
        var from = Day(70);

        // When
        var plan = PlanBuilder.Build(history, new PlanOptions(from.AddDays((16 * 7) - 1), from), new RecentPacePredictor());

        // Then: the plan says its weeks are capped, and the day after a long run is still a short recovery run
        Assert.Contains(plan.Warnings, w => w.StartsWith(PlanWarnings.EasyRunsCapped, StringComparison.Ordinal));
        Assert.All(plan.Workouts.Where(w => w.Type == WorkoutType.Recovery), w => Assert.True(w.Distance <= Distance.FromKilometers(10), w.Distance.ToString()));
    }

    [Fact]
    public void Should_make_the_days_after_a_sick_week_safer_never_bigger()
    {
        // Given ten weeks of 58 km with 20 km long runs, then a sick week of two 5 km runs
        var history = Block(10).Concat([Histories.Run(71, 5, 360, WorkoutType.Easy), Histories.Run(74, 5, 360, WorkoutType.Easy)]).ToList();
        var from = Day(77);

        // When
        var plan = PlanBuilder.Build(history, new PlanOptions(from.AddDays((12 * 7) - 1), from), new RecentPacePredictor());

        // Then: the next 7 days hold no run longer than the last long run and less than a normal week
        var week = plan.Workouts.Where(w => w.Date < from.AddDays(7)).ToList();
        Assert.True(week.Max(w => w.Distance) <= Distance.FromKilometers(20), week.Max(w => w.Distance).ToString());
        Assert.True(Volume(week) <= Distance.FromKilometers(58 * 0.8), Volume(week).ToString());
    }
}
