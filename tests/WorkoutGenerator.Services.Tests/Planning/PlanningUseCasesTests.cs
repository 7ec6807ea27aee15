using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Planning;
using WorkoutGenerator.Services.Prediction;
using WorkoutGenerator.Storage;
using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Services.Tests.Planning;

public sealed class PlanningUseCasesTests : IDisposable
{
    // Monday 2025-03-03, 09:30 UTC (the fake clock's local zone is UTC): eight weeks of runs lie behind it.
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2025, 3, 3);
    private static readonly DateOnly RaceDay = new(2025, 6, 15);

    private readonly FakeTimeProvider _time = new(Now);
    private readonly WorkoutDatabase _database;
    private readonly Workspace _service;

    public PlanningUseCasesTests()
    {
        _database = WorkoutDatabase.OpenInMemory(_time);
        _service = Workspace.Over(_database, _time, seams: new(Predictors: new PacePredictorProvider()));
    }

    [Theory]
    [InlineData("2025-03-03T06:59:00", "2025-03-03T07:00:00")]
    [InlineData("2025-03-03T07:00:00", "2025-03-04T07:00:00")]
    [InlineData("2025-03-03T21:15:00", "2025-03-04T07:00:00")]
    public void Should_prescribe_for_the_next_morning_slot_after_now(string now, string slot)
    {
        // Given
        var time = new FakeTimeProvider(new DateTimeOffset(DateTime.Parse(now, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.Zero));

        // When
        var workspace = Workspace.Over(_database, time, seams: new(Predictors: new PacePredictorProvider()));
        var next = workspace.Next.NextSlot(workspace.TimeZone);

        // Then
        Assert.Equal(DateTime.Parse(slot, System.Globalization.CultureInfo.InvariantCulture), next);
    }

    [Fact]
    public void Should_prescribe_the_next_workout_with_the_predictor_named()
    {
        // Given
        SyntheticRuns.Store(_database, SyntheticRuns.Weeks(8));

        // When
        var next = _service.Next.Run();

        // Then
        Assert.Equal(new DateOnly(2025, 3, 4), next.Workout.Date);
        Assert.True(next.Workout.Distance.Meters >= TrainingOptions.Default.MinRunDistance.Meters);
        Assert.Equal(PacePredictorProvider.FallbackDescription, next.Predictor);
        Assert.Contains(next.Prediction.Method, next.Workout.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_see_only_runs_before_the_slot_when_replaying_a_past_day()
    {
        // Given two databases, one also holding runs after the slot
        SyntheticRuns.Store(_database, SyntheticRuns.Weeks(8));
        using var shorter = WorkoutDatabase.OpenInMemory(_time);
        SyntheticRuns.Store(shorter, SyntheticRuns.Weeks(5));
        var slot = SampleRuns.Day0.AddDays(35);

        // When
        var all = _service.Next.Run(new NextRequest(slot)).Workout;
        var before = Workspace.Over(shorter, _time, seams: new(Predictors: new PacePredictorProvider())).Next.Run(new NextRequest(slot)).Workout;

        // Then
        Assert.Equal(before.Distance, all.Distance);
        Assert.Equal(before.TargetPace, all.TargetPace);
        Assert.Equal(before.Why, all.Why);
    }

    [Fact]
    public void Should_say_there_are_no_runs_to_work_from()
    {
        var next = Assert.Throws<UserFacingException>(() => _service.Next.Run());
        var plan = Assert.Throws<UserFacingException>(() => _service.Plan.Run(new PlanOptions(RaceDay, Today)));

        Assert.Equal("No run of at least 2 km before 2025-03-04 07:00: import a Strava export first (workoutgen import <path>).", next.Message);
        Assert.Equal("No run of at least 2 km before 2025-03-03: import a Strava export first (workoutgen import <path>).", plan.Message);
    }

    [Theory]
    [InlineData("2025-03-03", "The race date 2025-03-03 is not after 2025-03-03: a plan needs a race day in the future.")]
    [InlineData("2024-12-24", "The race date 2024-12-24 is not after 2025-03-03: a plan needs a race day in the future.")]
    public void Should_refuse_a_race_day_that_is_not_ahead(string raceDate, string error)
    {
        SyntheticRuns.Store(_database, SyntheticRuns.Weeks(8));

        var result = Assert.Throws<UserFacingException>(() => _service.Plan.Run(new PlanOptions(DateOnly.Parse(raceDate, System.Globalization.CultureInfo.InvariantCulture), Today)));

        Assert.Equal(error, result.Message);
        Assert.Null(_database.Plans.GetActive());
    }

    [Fact]
    public void Should_store_a_new_plan_that_ends_on_race_day()
    {
        // Given
        SyntheticRuns.Store(_database, SyntheticRuns.Weeks(8));

        // When
        var result = _service.Plan.Run(new PlanOptions(RaceDay, Today));

        // Then
        Assert.Equal(PlanDecision.New, result.Decision);
        Assert.Equal("New plan: no plan was stored.", result.DecisionReason);
        Assert.Equal(RaceDay, result.Plan.Workouts[^1].Date);
        Assert.Equal(WorkoutType.Race, result.Plan.Workouts[^1].Type);
        Assert.All(result.Plan.Workouts, w => Assert.True(w.Date >= Today));
        Assert.Equal(result.Plan.Workouts.Select(w => w.Date), _database.Plans.GetActive()!.Workouts.Select(w => w.Date));
    }

    [Fact]
    public void Should_build_from_runs_before_from_only()
    {
        // Given runs after --from in one database and not in the other
        SyntheticRuns.Store(_database, SyntheticRuns.Weeks(8));
        using var shorter = WorkoutDatabase.OpenInMemory(_time);
        SyntheticRuns.Store(shorter, SyntheticRuns.Weeks(5));
        var from = DateOnly.FromDateTime(SampleRuns.Day0.AddDays(35));

        // When
        var all = _service.Plan.Run(new PlanOptions(RaceDay, from)).Plan;
        var before = Workspace.Over(shorter, _time, seams: new(Predictors: new PacePredictorProvider())).Plan.Run(new PlanOptions(RaceDay, from)).Plan;

        // Then
        Assert.Equal(before.Workouts.Select(w => (w.Date, w.Distance, w.Type)), all.Workouts.Select(w => (w.Date, w.Distance, w.Type)));
    }

    [Fact]
    public void Should_adapt_the_stored_plan_for_the_same_race_and_keep_its_past()
    {
        // Given a plan made five weeks into the history, and three more weeks of running since
        SyntheticRuns.Store(_database, SyntheticRuns.Weeks(8));
        var first = DateOnly.FromDateTime(SampleRuns.Day0.AddDays(35));
        var original = _service.Plan.Run(new PlanOptions(RaceDay, first));

        // When the runner plans again three weeks later
        var again = _service.Plan.Run(new PlanOptions(RaceDay, Today));

        // Then
        Assert.Equal(PlanDecision.Adapted, again.Decision);
        Assert.StartsWith("Adapted the stored plan (from 2025-02-10", again.DecisionReason, StringComparison.Ordinal);
        Assert.Equal(
            original.Plan.Workouts.Where(w => w.Date < Today).Select(w => (w.Date, w.Distance)),
            again.Plan.Workouts.Where(w => w.Date < Today).Select(w => (w.Date, w.Distance)));
        Assert.StartsWith("Re-planned from 2025-03-03", again.Plan.Warnings[0], StringComparison.Ordinal);
        Assert.Equal([false, true], _database.Plans.GetAll().Select(p => p.Active));
    }

    [Theory]
    [InlineData(RaceKind.HalfMarathon, 5, DayOfWeek.Sunday, "New plan: the stored plan is for a marathon on 2025-06-15; it is kept, inactive.")]
    [InlineData(RaceKind.Marathon, 4, DayOfWeek.Sunday, "New plan: the stored plan has 5 runs a week with the long run on Sunday; it is kept, inactive.")]
    [InlineData(RaceKind.Marathon, 5, DayOfWeek.Saturday, "New plan: the stored plan has 5 runs a week with the long run on Sunday; it is kept, inactive.")]
    public void Should_build_a_new_plan_when_the_race_or_week_changed(RaceKind race, int runsPerWeek, DayOfWeek longRunDay, string reason)
    {
        // Given
        SyntheticRuns.Store(_database, SyntheticRuns.Weeks(8));
        _service.Plan.Run(new PlanOptions(RaceDay, DateOnly.FromDateTime(SampleRuns.Day0.AddDays(35))));

        // When
        var result = _service.Plan.Run(new PlanOptions(RaceDay, Today, race, runsPerWeek, longRunDay));

        // Then
        Assert.Equal(PlanDecision.New, result.Decision);
        Assert.Equal(reason, result.DecisionReason);
    }

    [Fact]
    public void Should_build_a_new_plan_when_replaying_from_an_earlier_day()
    {
        SyntheticRuns.Store(_database, SyntheticRuns.Weeks(8));
        _service.Plan.Run(new PlanOptions(RaceDay, Today));

        var result = _service.Plan.Run(new PlanOptions(RaceDay, Today.AddDays(-14)));

        Assert.Equal(PlanDecision.New, result.Decision);
        Assert.Equal("New plan: the stored plan for this race starts on 2025-03-03, not before 2025-02-17.", result.DecisionReason);
    }

    [Fact]
    public void Should_compare_the_plan_with_what_was_run()
    {
        // Given a plan from five weeks in, and the runs of the three weeks since
        SyntheticRuns.Store(_database, SyntheticRuns.Weeks(8));
        _service.Plan.Run(new PlanOptions(RaceDay, DateOnly.FromDateTime(SampleRuns.Day0.AddDays(35))));

        // When
        var status = _service.PlanStatus.Run();

        // Then: every synthetic run of those weeks is counted, on a planned day or as an extra
        Assert.Equal(Today, status.AsOf);
        var doneSinceFrom = SyntheticRuns.Weeks(8).Count(run => run.StartLocal >= SampleRuns.Day0.AddDays(35));
        Assert.Equal(doneSinceFrom, status.Report.Days.Sum(day => day.Done.Count));
        Assert.Equal(3, status.Report.Weeks.Count(week => week.DoneRuns > 0));
        Assert.Contains(status.Report.Days, day => day.Outcome == DayOutcome.Upcoming);
    }

    [Fact]
    public void Should_ignore_runs_after_the_status_day()
    {
        SyntheticRuns.Store(_database, SyntheticRuns.Weeks(8));
        _service.Plan.Run(new PlanOptions(RaceDay, DateOnly.FromDateTime(SampleRuns.Day0.AddDays(35))));

        var status = _service.PlanStatus.Run(DateOnly.FromDateTime(SampleRuns.Day0.AddDays(41)));

        Assert.All(status.Report.Days.Where(day => day.Done.Count > 0), day => Assert.True(day.Date <= status.AsOf));
        Assert.Equal(5, status.Report.Days.Sum(day => day.Done.Count));
    }

    [Fact]
    public void Should_say_when_there_is_no_plan_to_compare()
    {
        Assert.Equal("No plan stored yet: make one with workoutgen plan --race-date yyyy-MM-dd.", Assert.Throws<UserFacingException>(() => _service.PlanStatus.Run()).Message);
    }

    [Fact]
    public void Should_use_the_trained_model_when_one_is_there_and_the_fallback_otherwise()
    {
        var model = new FixedPredictor();

        var trained = new PacePredictorProvider(_ => new PredictorChoice(model, "transformer v1")).Resolve(FixedOffsetTimeZone.Utc);
        var none = new PacePredictorProvider(_ => null).Resolve(FixedOffsetTimeZone.Utc);

        Assert.Same(model, trained.Predictor);
        Assert.Equal("transformer v1", trained.Description);
        Assert.IsType<RecentPacePredictor>(none.Predictor);
        Assert.Equal("recent-pace fallback: no trained model", none.Description);
    }

    public void Dispose() => _database.Dispose();

    private sealed class FixedPredictor : INextRunPacePredictor
    {
        public PacePrediction Predict(IReadOnlyList<Run> history, DateTime slotLocal, PlanCondition? planned = null) =>
            new(Pace.FromSecondsPerKilometer(300), Pace.FromSecondsPerKilometer(290), Pace.FromSecondsPerKilometer(310), "fixed");
    }
}
