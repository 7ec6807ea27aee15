using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Prediction;
using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Services.Tests.Planning;

/// <summary>`next` and `plan` give one answer per day.</summary>
public sealed class OneAnswerPerDayTests : IDisposable
{
    private static readonly DateOnly Today = new(2025, 3, 3);
    private static readonly DateOnly RaceDay = new(2025, 6, 15);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 3, 5, 0, 0, TimeSpan.Zero));
    private readonly WorkoutDatabase _database;
    private readonly Workspace _service;

    public OneAnswerPerDayTests()
    {
        _database = WorkoutDatabase.OpenInMemory(_time);
        _service = Workspace.Over(_database, _time, seams: new(Predictors: new PacePredictorProvider()));
        SyntheticRuns.Store(_database, SyntheticRuns.Weeks(8));
    }

    [Fact]
    public void Should_start_a_new_plan_with_what_next_gives_for_that_day()
    {
        // Given no stored plan, what `next` says for today
        var next = _service.Next.Run(new NextRequest(Today.ToDateTime(NextWorkoutUseCase.MorningSlot))).Workout;

        // When
        var plan = _service.Plan.Run(new PlanOptions(RaceDay, Today)).Plan;

        // Then
        var first = plan.Workouts[0];
        Assert.Equal((next.Date, next.Type, next.Distance, next.TargetPace), (first.Date, first.Type, first.Distance, first.TargetPace));
    }

    [Theory]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(23)]
    public void Should_show_the_stored_plan_workout_for_a_later_day(int daysLater)
    {
        // Given a stored plan and nothing run since; When `next` is asked about a later day
        var plan = _service.Plan.Run(new PlanOptions(RaceDay, Today)).Plan;
        var day = Today.AddDays(daysLater);
        var next = _service.Next.Run(new NextRequest(day.ToDateTime(NextWorkoutUseCase.MorningSlot))).Workout;

        // Then: the plan, adapted to what was run since, gives that day's (or its next) workout
        var adapted = PlanBuilder.AdaptRemaining(plan, _database.Activities.GetRuns(), day, new Domain.Training.RecentPacePredictor());
        var expected = adapted.Workouts.First(w => w.Date >= day);
        Assert.Equal((expected.Date, expected.Type, expected.Distance), (next.Date, next.Type, next.Distance));
    }

    public void Dispose() => _database.Dispose();
}
