using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Services.Exports;
using WorkoutGenerator.Services.Tests.Coaching;

namespace WorkoutGenerator.Services.Tests.Planning;

/// <summary>
/// `next` on a stored plan plans only the weeks up to the day it is asked about (<see cref="PlanBuilder.DayOf"/>),
/// and that day is the one the whole adapted plan gives (what `plan` stores when re-run on that day): the same card
/// to the last reason, on the demo athlete and on real runners, in a race's recovery, back from a break, in the
/// build and in race week.
/// </summary>
public sealed class OneDayOfThePlanTests
{
    // Runners with a long race 26 weeks or more into their history, and with a break of 2-8 weeks there.
    public static TheoryData<string> Racers => ["demo-1", "demo-2", "us-michaeldik"];

    public static TheoryData<string> BackFromABreak => ["us-michaeldik", "hu-slalom007"];

    [Theory]
    [MemberData(nameof(Racers))]
    public void Should_give_the_whole_plans_day_in_the_recovery_from_a_race(string runner)
    {
        // Given a plan stored three weeks before the runner's latest long race, and the race run
        var runs = RunsOf(runner);
        var raced = CoachingCases.Day(CoachingCases.LatestLongRace(runs) ?? throw new InvalidOperationException(runner + " has no long race"));
        var from = raced.AddDays(-21);
        var plan = Stored(runs, new PlanOptions(NextSunday(from.AddDays(7 * 16)), from, RaceKind.HalfMarathon));

        // When `next` is asked about the days around and after the race; Then each is the whole plan's day
        AssertSameDays(runs, plan, [from, from.AddDays(1), raced, raced.AddDays(1), raced.AddDays(3), raced.AddDays(8), raced.AddDays(15)]);
    }

    [Theory]
    [MemberData(nameof(BackFromABreak))]
    public void Should_give_the_whole_plans_day_back_from_a_break_and_in_race_week(string runner)
    {
        // Given a marathon plan stored ten weeks before the runner came back from their latest break of 2-8 weeks
        var runs = RunsOf(runner);
        var back = CoachingCases.LatestBreak(runs, runs.Min(CoachingCases.Day).AddDays(7 * 26)) ?? throw new InvalidOperationException(runner + " has no break");
        var from = back.AddDays(-70);
        var race = NextSunday(from.AddDays(7 * 24));
        var plan = Stored(runs, new PlanOptions(race, from));

        // When `next` is asked about the weeks after the return (two weeks back, as a runner restarting plans), the
        // build, the taper and the eve of the race; Then each is the whole plan's day
        AssertSameDays(runs, plan, [back.AddDays(14), back.AddDays(15), back.AddDays(21), from.AddDays(9), race.AddDays(-8), race.AddDays(-3), race.AddDays(-1)]);
    }

    private static void AssertSameDays(IReadOnlyList<Run> runs, TrainingPlan plan, IEnumerable<DateOnly> days)
    {
        var predictor = new RecentPacePredictor();
        foreach (var day in days)
        {
            var history = runs.Where(run => run.WallClockStart() < day.ToDateTime(PlanBuilder.FirstDaySlot)).ToList();
            var whole = PlanBuilder.AdaptRemaining(plan, history, day, predictor).Workouts.FirstOrDefault(workout => workout.Date >= day);
            var one = PlanBuilder.DayOf(plan, history, day, predictor);
            Assert.True(whole is not null, $"the whole plan has nothing on or after {day:yyyy-MM-dd} (from {plan.Options.From:yyyy-MM-dd}, {plan.Workouts.Count} workouts: {plan.Warnings.FirstOrDefault()})");
            Assert.Equal((day, Card(whole)), (day, Card(one)));
        }
    }

    // Everything `next --json` prints for the workout: the date, type, distance, paces, duration, session, why and reasons.
    private static string? Card(Workout? workout) => workout is null ? null : JsonExporter.ExportWorkout(workout);

    private static TrainingPlan Stored(IReadOnlyList<Run> runs, PlanOptions options) =>
        PlanBuilder.Build(runs.Where(run => CoachingCases.Day(run) < options.From).ToList(), options, new RecentPacePredictor());

    private static IReadOnlyList<Run> RunsOf(string runner) =>
        runner.StartsWith("demo-", StringComparison.Ordinal) ? CoachingCases.DemoRuns(int.Parse(runner[5..], System.Globalization.CultureInfo.InvariantCulture)) : CoachingCases.RunsOf(runner);

    private static DateOnly NextSunday(DateOnly day) => day.AddDays((7 - (int)day.DayOfWeek) % 7);
}
