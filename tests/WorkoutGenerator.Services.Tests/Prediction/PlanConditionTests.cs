using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Model.Prediction.Baselines;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Prediction;
using WorkoutGenerator.Services.Tests.Planning;
using WorkoutGenerator.Storage;
using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Services.Tests.Prediction;

/// <summary>What the pace model is asked: a plan's day with the plan's type and distance, `next` without a plan with neither.</summary>
public sealed class PlanConditionTests : IDisposable
{
    // Monday 2025-03-03, 09:30 UTC: eight weeks of runs (from 2025-01-06) lie behind it.
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2025, 3, 3);

    private readonly FakeTimeProvider _time = new(Now);
    private readonly WorkoutDatabase _database;
    private readonly List<PaceSample> _asked = [];

    public PlanConditionTests()
    {
        _database = WorkoutDatabase.OpenInMemory(_time);
        SyntheticRuns.Store(_database, SyntheticRuns.Weeks(8));
    }

    [Fact]
    public void Should_ask_next_without_a_plan_when_none_is_stored()
    {
        // Given no stored plan
        // When
        var next = Workspace.Over(_database, _time, seams: new(Predictors: Model())).Next.Run();

        // Then the model was asked, and never with a plan
        Assert.NotNull(next.Workout);
        Assert.NotEmpty(_asked);
        Assert.All(_asked, sample => Assert.Null(sample.Slot.Planned));
    }

    [Fact]
    public void Should_ask_next_with_the_plans_type_and_distance_for_a_planned_day()
    {
        // Given a stored plan, and a day it has a run on
        var plan = Workspace.Over(_database, _time, seams: new(Predictors: new PacePredictorProvider())).Plan.Run(new PlanOptions(new DateOnly(2025, 6, 15), Today)).Plan;
        var day = plan.Workouts.First(w => w.Date > Today).Date;

        // When `next` is asked about that day
        var next = Workspace.Over(_database, _time, seams: new(Predictors: Model())).Next.Run(new NextRequest(day.ToDateTime(new TimeOnly(7, 0))));

        // Then it gives the plan's run and asked the model with that run's type and distance
        Assert.Equal(day, next.Workout.Date);
        var asked = _asked.Last(sample => sample.StartUtc == new DateTimeOffset(day.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero));
        Assert.Equal(new PlanCondition(next.Workout.Type, next.Workout.Distance), asked.Slot.Planned);
    }

    [Fact]
    public void Should_take_the_race_pace_from_the_fitness_estimate_and_ask_the_model_only_for_the_first_day()
    {
        // Given a plan starting more than 12 weeks after the last run: the fitness estimate still knows the runner
        var questions = new List<(DateTime Slot, PlanCondition? Planned)>();
        var provider = new PacePredictorProvider(_ => new PredictorChoice(new RecordingPredictor(questions), "recorder"));
        var race = new DateOnly(2025, 9, 7);

        // When a half-marathon plan is made
        var made = Workspace.Over(_database, _time, seams: new(Predictors: provider)).Plan.Run(new PlanOptions(race, new DateOnly(2025, 6, 2), RaceKind.HalfMarathon));

        // Then race day is paced at the estimate's goal, never asked of the model; the first day is asked without a plan
        Assert.Equal(WorkoutType.Race, made.Plan.Workouts[^1].Type);
        Assert.NotNull(made.Plan.Race);
        Assert.Equal(made.Plan.Race!.GoalPace, made.Plan.Workouts[^1].TargetPace);
        Assert.DoesNotContain(questions, q => DateOnly.FromDateTime(q.Slot) == race);
        Assert.All(questions, q => Assert.Null(q.Planned));
        Assert.Contains(questions, q => DateOnly.FromDateTime(q.Slot) == new DateOnly(2025, 6, 2));
    }

    [Fact]
    public void Should_give_a_plans_question_the_range_calibrated_with_the_plan()
    {
        // Given a model answering 320 s/km, with half-widths of 10 s/km without the plan and 25 with it
        using var predictor = new ModelNextRunPredictor(_ => new LastPacePredictor(), Ask, 10, 25, "recorder", FixedOffsetTimeZone.Utc);
        var history = SyntheticRuns.Weeks(2);
        var slot = SampleRuns.Day0.AddDays(14);
        var planned = new PlanCondition(WorkoutType.Long, Distance.FromKilometers(16));

        // When it is asked without and with a plan
        var plain = predictor.Predict(history, slot);
        var withPlan = predictor.Predict(history, slot, planned);

        // Then the plan reached the model, and each answer has its own range
        Assert.Equal([null, new PlanCondition(WorkoutType.Long, Distance.FromKilometers(16))], _asked.Select(s => s.Slot.Planned));
        Assert.Equal((310, 330), (plain.Fast.SecondsPerKilometer, plain.Slow.SecondsPerKilometer), new RoundedPair());
        Assert.Equal((295, 345), (withPlan.Fast.SecondsPerKilometer, withPlan.Slow.SecondsPerKilometer), new RoundedPair());
    }

    public void Dispose() => _database.Dispose();

    // A model that records every sample it is asked about.
    private PacePredictorProvider Model() => new(clock => new PredictorChoice(
        new ModelNextRunPredictor(_ => new LastPacePredictor(), Ask, 10, null, "recorder", clock),
        "recorder"));

    private IReadOnlyList<double> Ask(IPacePredictor model, PaceSample sample)
    {
        _asked.Add(sample);
        return [320.0];
    }

    /// <summary>Records every question (the slot and the plan, if any) and answers 5:30 /km.</summary>
    private sealed class RecordingPredictor(List<(DateTime Slot, PlanCondition? Planned)> questions) : INextRunPacePredictor
    {
        public PacePrediction Predict(IReadOnlyList<Run> history, DateTime slotLocal, PlanCondition? planned = null)
        {
            questions.Add((slotLocal, planned));
            return new(Pace.FromSecondsPerKilometer(330), Pace.FromSecondsPerKilometer(320), Pace.FromSecondsPerKilometer(340), "recorder");
        }
    }

    private sealed class RoundedPair : IEqualityComparer<(double, double)>
    {
        public bool Equals((double, double) x, (double, double) y) => Math.Abs(x.Item1 - y.Item1) < 1e-9 && Math.Abs(x.Item2 - y.Item2) < 1e-9;

        public int GetHashCode((double, double) obj) => 0;
    }
}
