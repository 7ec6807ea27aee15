using CsCheck;
using WorkoutGenerator.Domain.Analytics;
using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Planning.Coaching;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Tests.Training;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Tests.Planning;

public sealed class PlanPropertyTests
{
    private static readonly DateOnly From = DateOnly.FromDateTime(Histories.Day0.AddDays(60));

    private static readonly Gen<PlanOptions> Options =
        Gen.Select(Gen.Int[1, 150], Gen.Enum<RaceKind>(), Gen.Int[1, 7], Gen.Enum<DayOfWeek>())
            .Select((days, race, runs, longDay) => new PlanOptions(From.AddDays(days), From, race, runs, longDay));

    private static readonly Gen<(List<Run> History, PlanOptions Options)> Cases = Gen.Select(Histories.Any, Options);

    [Fact]
    public void Should_keep_every_week_within_its_progression_step_back_and_taper_rules()
    {
        Cases.Sample(item =>
        {
            // Given any history and plan request
            var (history, options) = item;

            // When
            var plan = PlanBuilder.Build(history, options, new RecentPacePredictor());

            // Then: weekly volumes recomputed from the runs themselves obey the rules the plan states
            var minimumWeek = PlanRules.MinimumWeek(options.Training);
            // After a break the +10% rule counts from Daniels' restart, not from the weeks of the break.
            var weekFloor = Distance.Max(minimumWeek, Domain.Planning.Stages.BreakReturn.Of(history, options.From)?.Restart ?? Distance.Zero);
            var volumes = history.Select(run => (Day: DateOnly.FromDateTime(run.WallClockStart()), run.Distance))
                .Concat(plan.Workouts.Where(w => w.Type != WorkoutType.Race).Select(w => (Day: w.Date, w.Distance)))
                .GroupBy(x => WeeklyVolumes.WeekStartOf(x.Day))
                .ToDictionary(g => g.Key, g => g.Aggregate(Distance.Zero, (sum, x) => sum + x.Distance));
            Distance Volume(DateOnly week) => volumes.GetValueOrDefault(week);
            // The plan starts from the chronic base (mean of the last 6 full weeks without the lowest), not from the
            // last 7 days, so one down week does not reset it.
            var startBase = Distance.Max(RunnerBase.Of(history, options.From).ChronicWeekly, minimumWeek);
            Distance? peak = null;
            var weeksBefore = plan.Weeks.Count;
            foreach (var week in plan.Weeks)
            {
                weeksBefore--;
                var volume = Volume(week.WeekStart);
                var recent = Enumerable.Range(1, 4).Select(back => Volume(week.WeekStart.AddDays(-7 * back))).Aggregate(Distance.Zero, Distance.Max);
                // A week the runner had already overrun before the plan began gets nothing added (budget 0). The
                // plan's first day is what `next` prescribes for it (one answer per day), fixed before the week is
                // sized, so it counts with what was already run.
                var first = plan.Workouts.Where(w => w.Date == options.From && WeeklyVolumes.WeekStartOf(w.Date) == week.WeekStart).Aggregate(Distance.Zero, (sum, w) => sum + w.Distance);
                var already = week.DoneBeforePlan + first;
                Assert.True(volume <= Distance.Max(week.Target, already) + Distance.FromMeters(1e-6), $"{week.WeekStart}: {volume} over target {week.Target}");
                switch (week.Phase)
                {
                    case PlanPhase.Base or PlanPhase.Build or PlanPhase.Peak:
                        Assert.True(volume <= Distance.Max(Distance.Max(recent * 1.10, weekFloor), already) + Distance.FromMeters(1), $"{week.WeekStart}: {volume} > 110% of {recent}");
                        break;
                    case PlanPhase.StepBack:
                        Assert.True(volume <= Distance.Max(Distance.Max(recent * 0.80, minimumWeek), already) + Distance.FromMeters(1), $"{week.WeekStart}: step-back {volume} > 80% of {recent}");
                        break;
                    default:
                        var factor = PlanRules.TaperFactor(options.Race, weeksBefore)!.Value;
                        Assert.True(volume <= Distance.Max((peak ?? startBase) * factor, already) + Distance.FromMeters(1), $"{week.WeekStart}: taper {volume} over {factor} x {peak ?? startBase}");
                        break;
                }

                if (week.Phase == PlanPhase.Peak)
                {
                    peak = volume;
                }
            }

            Assert.Single(plan.Workouts, w => w.Type == WorkoutType.Race);
            Assert.Equal(options.RaceDate, plan.Workouts[^1].Date);
            Assert.Equal(WorkoutType.Race, plan.Workouts[^1].Type);
        }, iter: 200);
    }

    [Fact]
    public void Should_keep_every_planned_run_within_10_percent_of_the_30_day_longest()
    {
        Cases.Sample(item =>
        {
            // Given any history and plan request
            var (history, options) = item;

            // When
            var plan = PlanBuilder.Build(history, options, new RecentPacePredictor());

            // Then: over actual and planned runs before it, or the floor
            var before = history.Select(run => (Day: DateOnly.FromDateTime(run.WallClockStart()), run.Distance)).ToList();
            foreach (var workout in plan.Workouts.Where(w => w.Type != WorkoutType.Race))
            {
                var window = before.Where(x => x.Day < workout.Date && x.Day >= workout.Date.AddDays(-30)).Select(x => x.Distance).ToList();
                var cap = window.Count == 0 ? Distance.Zero : window.Aggregate(Distance.Max) * 1.10;
                Assert.True(workout.Distance <= Distance.Max(cap, options.Training.MinRunDistance) + Distance.FromMeters(1e-6), $"{workout.Date}: {workout.Distance} over {cap}");
                Assert.True(workout.Distance >= options.Training.MinRunDistance);
                before.Add((workout.Date, workout.Distance));
            }
        }, iter: 200);
    }

    [Fact]
    public void Should_never_plan_a_hard_day_after_a_hard_day()
    {
        Cases.Sample(item =>
        {
            // Given any history and plan request
            var (history, options) = item;

            // When
            var plan = PlanBuilder.Build(history, options, new RecentPacePredictor());

            // Then
            var hard = plan.Workouts.Where(w => w.Type is WorkoutType.Tempo or WorkoutType.Interval).Select(w => w.Date).ToHashSet();
            foreach (var workout in plan.Workouts.Where(w => WorkoutTypeChooser.IsHard(w.Type)))
            {
                Assert.DoesNotContain(workout.Date.AddDays(1), hard);
            }
        }, iter: 200);
    }
}
