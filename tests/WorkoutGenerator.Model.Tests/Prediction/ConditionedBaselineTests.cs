using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Model.Prediction.Baselines;
using WorkoutGenerator.Model.Tests.Support;
using static WorkoutGenerator.Model.Tests.Support.TestRuns;

namespace WorkoutGenerator.Model.Tests.Prediction;

/// <summary>The baselines asked about a planned run: the planned type where they can use it, the plain answer where they cannot.</summary>
public sealed class ConditionedBaselineTests
{
    private static readonly PlanCondition PlannedLong = new(WorkoutType.Long, Distance.FromKilometers(20));

    [Theory]
    [InlineData(PaceBaselines.MinRunsOfType - 1, 300)]
    [InlineData(PaceBaselines.MinRunsOfType, 360)]
    public void Should_give_the_median_of_the_planned_type_only_when_there_are_enough_runs_of_it(int longRuns, double expected)
    {
        // Given 30 easy runs at 300 s/km, then some long runs at 360 s/km, all training samples
        var samples = PaceDatasetBuilder.Build(EasyThenLong(longRuns)).Samples;
        var median = new TrainMedianPredictor();
        median.Fit(TrainingSet(samples), CancellationToken.None);

        // When it is asked about a planned long run
        var planned = median.PredictSecondsPerKm(samples[^1].WithPlan(PlannedLong));

        // Then the long runs' median, or with too few of them the median of all
        Assert.Equal(expected, planned, 9);
        Assert.Equal(300, median.PredictSecondsPerKm(samples[^1]), 9);
    }

    [Theory]
    [InlineData(PaceBaselines.MinRunsOfType - 1, false)]
    [InlineData(PaceBaselines.MinRunsOfType, true)]
    public void Should_give_the_ewma_of_the_planned_type_only_when_there_are_enough_runs_of_it(int longRuns, bool perType)
    {
        // Given 30 easy runs at 300 s/km, then some long runs at 360 s/km, and a slot after them
        var runs = EasyThenLong(longRuns);
        runs.Add(OnDay("slot", 31 + longRuns, 300));
        var samples = PaceDatasetBuilder.Build(runs).Samples;
        var ewma = new EwmaPredictor(byPlannedType: true);
        ewma.Fit(TrainingSet(samples.Take(samples.Count - 1).ToList()), CancellationToken.None);

        // When it is asked about the slot with and without a planned long run
        var plain = ewma.PredictSecondsPerKm(samples[^1]);
        var planned = ewma.PredictSecondsPerKm(samples[^1].WithPlan(PlannedLong));

        // Then the planned answer is the long runs' level, or with too few of them the plain answer
        Assert.Equal(perType ? 360 : plain, planned, 9);
        Assert.InRange(plain, 300.001, 359.999);
    }

    [Fact]
    public void Should_fall_back_to_the_plain_answer_for_a_type_never_run()
    {
        // Given a runner who never ran an interval session
        var samples = PaceDatasetBuilder.Build(EasyThenLong(8)).Samples;
        var set = TrainingSet(samples);
        var interval = samples[^1].WithPlan(new PlanCondition(WorkoutType.Interval, Distance.FromKilometers(8)));

        foreach (var model in new IPacePredictor[] { new TrainMedianPredictor(), new EwmaPredictor(byPlannedType: true) })
        {
            // When
            model.Fit(set, CancellationToken.None);

            // Then
            Assert.Equal(model.PredictSecondsPerKm(samples[^1]), model.PredictSecondsPerKm(interval), 9);
        }
    }

    [Theory]
    [InlineData(PaceBaselines.Linear)]
    [InlineData(PaceBaselines.Gbdt)]
    public void Should_learn_the_pace_of_each_planned_type(string name)
    {
        // Given 300 daily runs whose type, drawn at random, sets the pace: easy 300, long 360, tempo 270 s/km
        var random = new Random(3);
        var kinds = new[] { (WorkoutType.Easy, 300.0), (WorkoutType.Long, 360.0), (WorkoutType.Tempo, 270.0) };
        var runs = Enumerable.Range(0, 300).Select(d =>
        {
            var (type, pace) = kinds[random.Next(kinds.Length)];
            return OnDay($"r{d}", d + (7 / 24.0), pace, 10, type);
        }).ToList();
        var samples = PaceDatasetBuilder.Build(runs).Samples;
        var model = Baseline(name);

        // When it is fitted on all but the last sample and asked about the last with each plan
        model.Fit(TrainingSet(samples.Take(samples.Count - 1).ToList()), CancellationToken.None);
        var slot = samples[^1];
        var distance = Distance.FromKilometers(10);

        // Then each planned type gets its own pace within a few seconds, which no answer without a plan can do
        Assert.Equal(360, model.PredictSecondsPerKm(slot.WithPlan(new PlanCondition(WorkoutType.Long, distance))), 5.0);
        Assert.Equal(270, model.PredictSecondsPerKm(slot.WithPlan(new PlanCondition(WorkoutType.Tempo, distance))), 5.0);
        Assert.Equal(300, model.PredictSecondsPerKm(slot.WithPlan(new PlanCondition(WorkoutType.Easy, distance))), 5.0);
        Assert.InRange(model.PredictSecondsPerKm(slot), 280, 350);
    }

    // Ridge weighs every column, so the type's column shows; the trees here split on the distance alone (every long
    // run is the only 20 km run), with or without the type, so they cannot show it.
    [Theory]
    [InlineData(PaceBaselines.Linear, PaceBaselines.MinRunsOfType - 1, false)]
    [InlineData(PaceBaselines.Linear, PaceBaselines.MinRunsOfType, true)]
    public void Should_use_a_planned_type_in_a_regression_only_with_enough_runs_of_it(string name, int longRuns, bool used)
    {
        // Given 30 easy runs at 300 s/km, then some long runs at 360 s/km, and a slot after them
        var runs = EasyThenLong(longRuns);
        runs.Add(OnDay("slot", 31 + longRuns, 300));
        var samples = PaceDatasetBuilder.Build(runs).Samples;
        var model = Baseline(name);
        model.Fit(TrainingSet(samples.Take(samples.Count - 1).ToList()), CancellationToken.None);

        // When it is asked about a planned long run and a planned interval session (never run) of the same distance
        var asLong = model.PredictSecondsPerKm(samples[^1].WithPlan(PlannedLong));
        var asInterval = model.PredictSecondsPerKm(samples[^1].WithPlan(PlannedLong with { Type = WorkoutType.Interval }));

        // Then the long run's type makes a difference only when there were enough long runs to learn it from
        Assert.Equal(used, Math.Abs(asLong - asInterval) > 1e-6);
    }

    [Theory]
    [InlineData(PaceBaselines.TrainMedian)]
    [InlineData(PaceBaselines.LastPace)]
    [InlineData(PaceBaselines.WeekMean)]
    [InlineData(PaceBaselines.Ewma)]
    [InlineData(PaceBaselines.Linear)]
    [InlineData(PaceBaselines.Gbdt)]
    public void Should_never_see_the_target_pace_when_asked_with_the_runs_own_plan(string name)
    {
        // Given two histories that differ only in the pace of the run to predict
        var runs = SyntheticHistory.Create(7, 160);
        var faster = runs.Take(runs.Count - 1).Append(Slowed(runs[^1], -60)).ToList();
        var slower = runs.Take(runs.Count - 1).Append(Slowed(runs[^1], 90)).ToList();

        // When each is fitted on every sample before that run and asked about it with its own type and distance
        var answers = new[] { faster, slower }.Select(history =>
        {
            var samples = PaceDatasetBuilder.Build(history).Samples;
            var model = Baseline(name);
            model.Fit(TrainingSet(samples.Take(samples.Count - 1).ToList()), CancellationToken.None);
            return model.PredictSecondsPerKm(samples[^1].WithPlanFromTarget());
        }).ToList();

        // Then the answer is the same: the plan gives the type and distance, never the pace
        Assert.Equal(answers[0], answers[1], 9);
    }

    [Fact]
    public void Should_keep_the_runners_level_whatever_the_plan_when_not_made_by_planned_type()
    {
        // Given the level ewma a model is fed (not made by planned type) and 8 long runs to tempt it
        var runs = EasyThenLong(8);
        runs.Add(OnDay("slot", 39, 300));
        var samples = PaceDatasetBuilder.Build(runs).Samples;
        var level = new EwmaPredictor();
        level.Fit(TrainingSet(samples.Take(samples.Count - 1).ToList()), CancellationToken.None);

        // When / Then the planned long run gets the same level as the question without a plan
        Assert.Equal(level.PredictSecondsPerKm(samples[^1]), level.PredictSecondsPerKm(samples[^1].WithPlan(PlannedLong)), 9);
    }

    [Theory]
    [InlineData(PaceBaselines.LastPace)]
    [InlineData(PaceBaselines.WeekMean)]
    public void Should_answer_a_recency_baseline_the_same_with_or_without_a_plan(string name)
    {
        // Given
        var samples = PaceDatasetBuilder.Build(SyntheticHistory.Create(9, 60)).Samples;
        var model = Baseline(name);
        model.Fit(TrainingSet(samples), CancellationToken.None);

        // When / Then
        Assert.Equal(model.PredictSecondsPerKm(samples[^1]), model.PredictSecondsPerKm(samples[^1].WithPlan(PlannedLong)), 9);
    }

    private static IPacePredictor Baseline(string name) => PaceBaselines.Factories().Select(f => f()).Single(m => m.Name == name);

    /// <summary>30 daily easy runs at 300 s/km from day 0, then <paramref name="longRuns"/> daily long runs at 360 s/km.</summary>
    private static List<Run> EasyThenLong(int longRuns) =>
    [
        .. Enumerable.Range(0, 30).Select(d => OnDay($"e{d}", d, 300)),
        .. Enumerable.Range(30, longRuns).Select(d => OnDay($"l{d}", d, 360, 20, WorkoutType.Long)),
    ];

    private static Run Slowed(Run run, double secondsPerKm) =>
        run with { MovingTime = Duration.FromSeconds((run.Pace.SecondsPerKilometer + secondsPerKm) * run.Distance.Kilometers) };

    private static PaceTrainingSet TrainingSet(IReadOnlyList<PaceSample> samples) => new(samples, [], samples[^1].Past);
}
