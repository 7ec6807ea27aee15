using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Model.Evaluation;
using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Model.Prediction.Baselines;
using WorkoutGenerator.Model.Tests.Support;
using static WorkoutGenerator.Model.Tests.Support.TestRuns;

namespace WorkoutGenerator.Model.Tests.Evaluation;

public sealed class BackTestTests
{
    [Fact]
    public void Should_never_fit_a_model_on_anything_from_the_period_it_predicts()
    {
        // Given a synthetic runner of 400 runs and a spy model
        var runs = SyntheticHistory.Create(5, 400);
        var log = new List<SpyPredictor.Fitting>();

        // When it is back-tested
        var report = BackTest.Run(runs, [() => new SpyPredictor("spy", 300, log)], new BackTestOptions(), null, CancellationToken.None);

        // Then every fit saw only samples and runs that started before the first run it then predicted
        Assert.Equal(report.Folds, log.Count);
        Assert.True(report.Folds >= 2, $"only {report.Folds} fold(s)");
        foreach (var fitting in log)
        {
            var firstPredicted = fitting.Predicted.Min();
            Assert.True(fitting.LatestSample < firstPredicted, $"fitted on a sample at {fitting.LatestSample:u}, predicted {firstPredicted:u}");
            Assert.True(fitting.LatestHistoryRun < firstPredicted);
            Assert.True(fitting.LatestPastRun < firstPredicted);
        }

        // And the folds together predicted the test period exactly once, in order
        var predicted = log.SelectMany(f => f.Predicted).ToList();
        Assert.Equal(report.TestSamples, predicted.Count);
        Assert.Equal(predicted.Order(), predicted);
    }

    [Fact]
    public void Should_dispose_every_fold_model_after_its_fold()
    {
        // Given a model that owns something to free
        var made = new List<DisposablePredictor>();

        // When it is back-tested over several folds
        var report = BackTest.Run(SyntheticHistory.Create(5, 400), [() => new DisposablePredictor(made)], new BackTestOptions(), null, CancellationToken.None);

        // Then each fold had its own model, it predicted its fold (each run without and with its plan), and it was freed
        Assert.Equal(report.Folds, made.Count);
        Assert.All(made, model => Assert.True(model.Disposed));
        Assert.Equal(2 * report.TestSamples, made.Sum(model => model.Predictions));
    }

    [Fact]
    public void Should_dispose_the_fold_model_that_failed()
    {
        // Given a model that fails in its first fold
        var failing = new FailingDisposable();

        // When
        Assert.Throws<InvalidOperationException>(() => BackTest.Run(SyntheticHistory.Create(5, 400), [() => failing], new BackTestOptions(), null, CancellationToken.None));

        // Then
        Assert.True(failing.Disposed);
    }

    [Fact]
    public void Should_ask_both_questions_of_one_fit_per_fold_on_the_same_samples_and_folds()
    {
        // Given a synthetic runner and a model answering 300 s/km without a plan and 310 with one
        var runs = SyntheticHistory.Create(5, 400);
        var log = new List<SpyPredictor.Fitting>();

        // When it is back-tested
        var report = BackTest.Run(runs, [() => new SpyPredictor("spy", 300, log, plannedPace: 310)], new BackTestOptions(), null, CancellationToken.None);

        // Then it was fitted once per fold, and each fit was asked about each of its runs twice: without a plan, and
        // with the run's own type and distance as the plan
        Assert.Equal(report.Folds, log.Count);
        var byStart = runs.ToDictionary(r => r.StartUtc);
        foreach (var fitting in log)
        {
            Assert.Equal(fitting.Predicted, fitting.Planned.Select(p => p.StartUtc));
            Assert.All(fitting.Planned, p => Assert.Equal(new PlanCondition(byStart[p.StartUtc].WorkoutType, byStart[p.StartUtc].Distance), p.Plan));
        }

        // And the two tasks hold the same runs in the same folds, each scored on its own answers
        var conditioned = report.Conditioned!;
        Assert.Equal(report.Predictions.Select(p => (p.RunId, p.Fold, p.StartUtc, p.ActualSecondsPerKm)), conditioned.Predictions.Select(p => (p.RunId, p.Fold, p.StartUtc, p.ActualSecondsPerKm)));
        Assert.All(report.Predictions, p => Assert.Equal([300.0], p.PredictedSecondsPerKm));
        Assert.All(conditioned.Predictions, p => Assert.Equal([310.0], p.PredictedSecondsPerKm));
        Assert.Equal(report.Models.Select(m => (m.Name, m.Overall.Count)), conditioned.Models.Select(m => (m.Name, m.Overall.Count)));
        Assert.Equal(report.Predictions.Average(p => Math.Abs(310 - p.ActualSecondsPerKm)), conditioned.Find("spy")!.Overall.MaeSecondsPerKm, 9);
    }

    [Fact]
    public void Should_name_the_best_baseline_of_each_task_on_its_own()
    {
        // Given a model that beats the baselines only when it knows the plan
        var runs = SyntheticHistory.Create(5, 300);
        var plain = BackTest.Run(runs, PaceBaselines.Factories(), new BackTestOptions(), null, CancellationToken.None);
        var best = plain.Conditioned!.BestBaseline()!.Overall.MaeSecondsPerKm;
        var factories = PaceBaselines.Factories().Append(() => new PerfectWithPlan(runs)).ToList();

        // When
        var report = BackTest.Run(runs, factories, new BackTestOptions(), null, CancellationToken.None);

        // Then each task compares with its own best baseline
        Assert.False(report.Beats("oracle"));
        Assert.True(report.Conditioned!.Beats("oracle"));
        Assert.Equal(best, report.Conditioned.BestBaseline()!.Overall.MaeSecondsPerKm);
    }

    [Fact]
    public void Should_refit_every_four_weeks_over_the_last_fifth_of_the_samples_when_folds_last_28_days()
    {
        // Given one run a day for 200 days
        var runs = Enumerable.Range(0, 200).Select(d => OnDay($"r{d}", d)).ToList();
        var log = new List<SpyPredictor.Fitting>();

        // When it is back-tested in folds of 28 days
        var report = BackTest.Run(runs, [() => new SpyPredictor("spy", 300, log)], new BackTestOptions { FoldLength = TimeSpan.FromDays(28) }, null, CancellationToken.None);

        // Then 199 samples split 159 / 40, the 40 test days fall in folds of 28 and 12, and each fold trains on all before it
        Assert.Equal(159, report.TrainSamples);
        Assert.Equal(40, report.TestSamples);
        Assert.Equal(2, report.Folds);
        Assert.Equal([28, 12], log.Select(f => f.Predicted.Count));
        Assert.Equal([159, 187], log.Select(f => f.Train + f.Validation));
        Assert.Equal([47, 56], log.Select(f => f.Validation));
        Assert.Equal(47, report.ValidationSamples);
        Assert.Equal(TimeSpan.FromDays(28), report.FoldLength);
        Assert.Null(report.MaxFolds);
    }

    [Theory]
    [InlineData(200, new[] { 10, 10, 10, 10 })]
    [InlineData(60, new[] { 12 })]
    [InlineData(30, new[] { 6 })]
    [InlineData(1000, new[] { 25, 25, 25, 25, 25, 25, 25, 25 })]
    [InlineData(3001, new[] { 75, 75, 75, 75, 75, 75, 75, 75 })]
    public void Should_cut_the_test_period_into_folds_of_at_least_ten_runs_and_refit_at_most_eight_times(int days, int[] foldRuns)
    {
        // Given one run a day
        var runs = Enumerable.Range(0, days).Select(d => OnDay($"r{d}", d)).ToList();
        var log = new List<SpyPredictor.Fitting>();

        // When it is back-tested with the default folds
        var report = BackTest.Run(runs, [() => new SpyPredictor("spy", 300, log)], new BackTestOptions { MinTrainingSamples = 10 }, null, CancellationToken.None);

        // Then the test period is cut into near-equal folds of at least 10 runs (one fold when it holds fewer), at most 8
        Assert.Equal(foldRuns, report.FoldTestRuns);
        Assert.Equal(foldRuns, log.Select(f => f.Predicted.Count));
        Assert.Equal(foldRuns.Length, report.Folds);
        Assert.Null(report.FoldLength);
        Assert.Equal(10, report.MinTestRunsPerFold);
        Assert.Equal(8, report.MaxFolds);
    }

    [Fact]
    public void Should_never_split_runs_that_started_together_between_two_folds()
    {
        // Given 200 daily runs where each of the test period's days 170-189 holds two runs started at the same instant
        var runs = Enumerable.Range(0, 200).Select(d => OnDay($"r{d}", d)).ToList();
        runs.AddRange(Enumerable.Range(170, 20).Select(d => OnDay($"twin{d}", d, 310)));
        var log = new List<SpyPredictor.Fitting>();

        // When it is back-tested with the default folds
        var report = BackTest.Run(runs, [() => new SpyPredictor("spy", 300, log)], new BackTestOptions(), null, CancellationToken.None);

        // Then every fold holds at least 10 runs and no start time is predicted by two folds
        Assert.All(report.FoldTestRuns, count => Assert.True(count >= 10, $"a fold of {count} runs"));
        var starts = report.Predictions.GroupBy(p => p.StartUtc).ToList();
        Assert.Contains(starts, g => g.Count() == 2);
        Assert.All(starts, g => Assert.Single(g.Select(p => p.Fold).Distinct()));
        Assert.Equal(report.TestSamples, report.FoldTestRuns.Sum());
    }

    [Theory]
    [InlineData(1000, 150)]
    [InlineData(300, 60)]
    [InlineData(100, 30)]
    [InlineData(20, 6)]
    public void Should_hold_out_at_least_sixty_validation_samples_where_there_are_enough(int training, int validation)
    {
        Assert.Equal(validation, new BackTestOptions().ValidationCount(training));
    }

    [Fact]
    public void Should_fit_the_scaler_of_the_first_fold_without_the_test_period()
    {
        // Given a runner, and the same runner with every test-period run changed
        var runs = SyntheticHistory.Create(9, 300);
        var testStart = PaceDatasetBuilder.Build(runs).Samples[240].StartUtc;
        var changed = runs.Select(r => r.StartUtc >= testStart ? Run(r.Id, r.StartUtc, 200, 40, r.WorkoutType, 900, r.StartLocal) : r).ToList();
        var log = new List<SpyPredictor.Fitting>();

        // When both are back-tested by a model that fits a scaler
        BackTest.Run(runs, [() => new SpyPredictor("spy", 300, log)], new BackTestOptions(), null, CancellationToken.None);
        var first = log[0].ScalerJson;
        log.Clear();
        BackTest.Run(changed, [() => new SpyPredictor("spy", 300, log)], new BackTestOptions(), null, CancellationToken.None);

        // Then the first fold's scaler is the same
        Assert.Equal(first, log[0].ScalerJson);
    }

    [Fact]
    public void Should_score_every_model_on_the_same_samples_overall_and_per_workout_type()
    {
        // Given 25 daily runs whose last 5 (the test period) are easy 300, 310 and long 330, 350, 300 s/km
        var runs = Enumerable.Range(0, 20).Select(d => OnDay($"r{d}", d)).ToList();
        runs.Add(OnDay("e1", 20, 300));
        runs.Add(OnDay("e2", 21, 310));
        runs.Add(OnDay("l1", 22, 330, type: WorkoutType.Long));
        runs.Add(OnDay("l2", 23, 350, type: WorkoutType.Long));
        runs.Add(OnDay("l3", 24, 300, type: WorkoutType.Long));
        var log = new List<SpyPredictor.Fitting>();
        var options = new BackTestOptions { MinTrainingSamples = 10 };

        // When models predicting 300 and 320 are back-tested
        var report = BackTest.Run(runs, [() => new SpyPredictor("flat300", 300, log), () => new SpyPredictor("flat320", 320, log)], options, null, CancellationToken.None);

        // Then errors are as computed by hand: flat300 errs 0, 10, 30, 50, 0
        var flat300 = report.Find("flat300")!;
        Assert.Equal(5, report.TestSamples);
        Assert.Equal(new ErrorMetrics(5, 18, Math.Sqrt(3500 / 5.0)), flat300.Overall);
        Assert.Equal(new ErrorMetrics(2, 5, Math.Sqrt(50)), flat300.ByWorkoutType[WorkoutType.Easy]);
        Assert.Equal(new ErrorMetrics(3, 80 / 3.0, Math.Sqrt(3400 / 3.0)), flat300.ByWorkoutType[WorkoutType.Long]);
        Assert.Equal(18 * 1.609344, flat300.Overall.MaeSecondsPerMile, 9);

        // And flat320 errs 20, 10, 10, 30, 20 on the very same samples
        Assert.Equal(new ErrorMetrics(5, 18, Math.Sqrt(1900 / 5.0)), report.Find("flat320")!.Overall);

        // And "stacked" answers as flat300, exact on the validation runs (all at 300 s/km) where flat320 errs by 20
        Assert.Equal(["flat300", "flat320", "stacked"], report.Models.Select(m => m.Name));
        Assert.All(report.Predictions, p => Assert.Equal([300.0, 320.0, 300.0], p.PredictedSecondsPerKm));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Should_fit_an_early_stopping_model_again_for_stacking_only_when_it_trained_on_the_validation_runs(bool trainsOnValidation)
    {
        // Given a model that stops early on the validation runs, and trains on them afterwards or not
        var runs = Enumerable.Range(0, 60).Select(d => OnDay($"r{d}", d, 300 + (d % 3))).ToList();
        var log = new List<SpyPredictor.Fitting>();

        // When it is back-tested beside another model, so that the two are stacked
        var report = BackTest.Run(
            runs,
            [() => new EarlyStopping(new SpyPredictor("spy", 300, log), trainsOnValidation), () => new SpyPredictor("other", 310, [])],
            new BackTestOptions { MinTrainingSamples = 10 },
            null,
            CancellationToken.None);

        // Then stacking fits it once more per fold, on the training part alone, only when its validation answers were in sample
        Assert.NotNull(report.Find("stacked"));
        Assert.True(report.Folds > 0);
        Assert.Equal(trainsOnValidation ? report.Folds : 0, log.Count(f => f.Validation == 0));
        Assert.Equal(report.Folds, log.Count(f => f.Validation > 0));
    }

    [Fact]
    public void Should_name_the_best_baseline_and_whether_a_model_beat_it()
    {
        // Given a steady runner (300 s/km) and baselines next to a model that is always 1 s/km off
        var runs = Enumerable.Range(0, 100).Select(d => OnDay($"r{d}", d, 300 + (d % 3))).ToList();
        var factories = PaceBaselines.Factories().Append(() => new SpyPredictor("transformer", 301, [])).ToList();

        // When they are back-tested
        var report = BackTest.Run(runs, factories, new BackTestOptions(), null, CancellationToken.None);

        // Then the best of the named baselines is found, and the model's comparison follows from the MAEs
        var best = report.BestBaseline()!;
        Assert.Contains(best.Name, PaceBaselines.ToBeat);
        Assert.Equal(report.Models.Where(m => PaceBaselines.ToBeat.Contains(m.Name)).Min(m => m.Overall.MaeSecondsPerKm), best.Overall.MaeSecondsPerKm);
        Assert.Equal(report.Find("transformer")!.Overall.MaeSecondsPerKm < best.Overall.MaeSecondsPerKm, report.Beats("transformer"));
        Assert.Null(report.Beats("missing"));
        Assert.All(report.Models, m => Assert.Equal(report.TestSamples, m.Overall.Count));
    }

    [Fact]
    public void Should_count_the_training_median_as_a_baseline_to_beat()
    {
        // Given a runner whose pace is the same every day but for a spike every 10th run
        var runs = Enumerable.Range(0, 100).Select(d => OnDay($"r{d}", d, d % 10 == 0 ? 400 : 300)).ToList();
        var factories = new List<Func<IPacePredictor>>
        {
            () => new TrainMedianPredictor(),
            () => new LastPacePredictor(),
            () => new SpyPredictor("transformer", 305, []),
        };

        // When
        var report = BackTest.Run(runs, factories, new BackTestOptions(), null, CancellationToken.None);

        // Then the constant guess (300, off only on the spikes) is the one to beat, and the model does not beat it
        Assert.Equal(PaceBaselines.TrainMedian, report.BestBaseline()!.Name);
        Assert.False(report.Beats("transformer"));
    }

    [Fact]
    public void Should_refuse_a_history_too_short_to_train_on()
    {
        // Given 10 daily runs
        var runs = Enumerable.Range(0, 10).Select(d => OnDay($"r{d}", d)).ToList();

        // When it is back-tested
        var error = Assert.Throws<UserFacingException>(() =>
            BackTest.Run(runs, [() => new SpyPredictor("spy", 300, [])], new BackTestOptions(), null, CancellationToken.None));

        // Then the runner is told why, as a message for them rather than a bug to report
        Assert.Equal("Only 9 runs have a run in the 7 days before them, 7 of them before the back-test's test period; it needs at least 20 there to train on. Import more runs first.", error.Message);
    }

    [Fact]
    public void Should_report_progress_per_model_and_fold_and_stop_when_cancelled()
    {
        // Given a runner whose test period holds 22 runs (two folds of 11) and a progress log
        var runs = Enumerable.Range(0, 110).Select(d => OnDay($"r{d}", d)).ToList();
        var reports = new List<BackTestProgress>();
        var progress = new SynchronousProgress(reports.Add);

        // When it is back-tested with two models, then again already cancelled
        BackTest.Run(runs, [() => new SpyPredictor("a", 300, []), () => new SpyPredictor("b", 300, [])], new BackTestOptions(), progress, CancellationToken.None);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        // Then each model reported each fold, and a cancelled run throws
        Assert.Equal(
            [new BackTestProgress("a", 1, 2, 1, 2), new BackTestProgress("b", 1, 2, 2, 2), new BackTestProgress("a", 2, 2, 1, 2), new BackTestProgress("b", 2, 2, 2, 2)],
            reports);
        Assert.Throws<OperationCanceledException>(() =>
            BackTest.Run(runs, [() => new SpyPredictor("a", 300, [])], new BackTestOptions(), null, cancelled.Token));
    }

    private sealed class SynchronousProgress(Action<BackTestProgress> report) : IProgress<BackTestProgress>
    {
        public void Report(BackTestProgress value) => report(value);
    }

    private sealed class FailingDisposable : IPacePredictor, IDisposable
    {
        public string Name => "failing";

        public bool Disposed { get; private set; }

        public void Fit(PaceTrainingSet train, CancellationToken ct) => throw new InvalidOperationException("fit failed");

        public double PredictSecondsPerKm(PaceSample sample) => 300;

        public void Dispose() => Disposed = true;
    }

    /// <summary>A test double that is told the answers: 1,000 s/km without a plan, each run's real pace with one.</summary>
    private sealed class PerfectWithPlan(IReadOnlyList<Run> runs) : IPacePredictor
    {
        public string Name => "oracle";

        public void Fit(PaceTrainingSet train, CancellationToken ct)
        {
        }

        public double PredictSecondsPerKm(PaceSample sample) =>
            sample.Slot.Planned is null ? 1000 : runs.Single(r => r.StartUtc == sample.StartUtc).Pace.SecondsPerKilometer;
    }

    /// <summary>An early-stopping model answering as <paramref name="inner"/>.</summary>
    private sealed class EarlyStopping(IPacePredictor inner, bool trainsOnValidation) : IEarlyStoppingPredictor
    {
        public string Name => inner.Name;

        public bool TrainsOnValidation => trainsOnValidation;

        public void Fit(PaceTrainingSet train, CancellationToken ct) => inner.Fit(train, ct);

        public double PredictSecondsPerKm(PaceSample sample) => inner.PredictSecondsPerKm(sample);
    }
}
