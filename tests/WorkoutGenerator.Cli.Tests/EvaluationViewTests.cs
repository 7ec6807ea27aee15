using WorkoutGenerator.Services.Application;
using Spectre.Console.Testing;
using WorkoutGenerator.Cli.Rendering;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Model.Evaluation;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Services.Modeling;

namespace WorkoutGenerator.Cli.Tests;

public sealed class EvaluationViewTests
{
    [Fact]
    public void Should_show_a_table_and_a_verdict_for_each_question()
    {
        // Given a back-test whose transformer loses to ewma without the plan and beats gbdt with it
        var report = new BackTestReport
        {
            TrainSamples = 400,
            ValidationSamples = 60,
            TestSamples = 100,
            Folds = 5,
            FoldLength = TimeSpan.FromDays(28),
            Models = [Score("transformer", 21), Score("ewma", 20), Score("gbdt", 22)],
            Predictions = [],
            Conditioned = new BackTestTask([Score("transformer", 14.5), Score("ewma", 16), Score("gbdt", 15)], []),
        };
        var console = new TestConsole().Width(200);
        var summary = new BackTestSummary(DateTimeOffset.UnixEpoch, 400, 100, 5, [], "ewma", false, 0.8, null, null);

        // When
        EvaluationView.Render(console, new EvaluationOutcome(new EvaluationResult(report, summary, TimeSpan.FromSeconds(3)), new TransformerTrainingOptions()), DistanceUnit.Kilometer);

        // Then
        var lines = console.Lines.Select(l => l.Trim()).ToList();
        Assert.Contains("Without a plan (the type follows from the predicted pace; what `next` asks):", lines);
        Assert.Contains("With the plan (each run's type and distance known beforehand; what a plan asks):", lines);
        Assert.Contains("The transformer did not beat the best baseline (ewma) on this runner's history: trust ewma's number more.", lines);
        Assert.Contains("The transformer beat the best baseline (gbdt) on this runner's history when the plan is known.", lines);
        Assert.Contains(lines, l => l.StartsWith("gbdt (best baseline)", StringComparison.Ordinal) && l.Contains("15.0", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { 11, 11, 12 }, "of 11-12 runs (cut by count: at least 10 runs a fold where the test period has them, at most 8 folds)")]
    [InlineData(new[] { 6 }, "of 6 runs (cut by count: at least 10 runs a fold where the test period has them, at most 8 folds)")]
    public void Should_say_how_the_test_period_was_cut_by_count(int[] foldRuns, string expected)
    {
        // Given a back-test cut by count into folds of these sizes
        var report = new BackTestReport
        {
            TrainSamples = 400,
            ValidationSamples = 60,
            TestSamples = foldRuns.Sum(),
            Folds = foldRuns.Length,
            MinTestRunsPerFold = 10,
            MaxFolds = 8,
            Models = [Score("ewma", 20)],
            Predictions = [.. foldRuns.SelectMany((count, f) => Enumerable.Repeat(new BackTestPrediction("r", DateTimeOffset.UnixEpoch, WorkoutType.Easy, f + 1, 300, [300.0]), count))],
        };

        // When / Then
        Assert.Equal(expected, EvaluationView.Folds(report));
    }

    [Fact]
    public void Should_say_how_long_each_fold_was_when_cut_by_days()
    {
        var report = new BackTestReport { TrainSamples = 1, ValidationSamples = 0, TestSamples = 0, Folds = 0, FoldLength = TimeSpan.FromDays(28), Models = [], Predictions = [] };
        Assert.Equal("of 28 days", EvaluationView.Folds(report));
    }

    private static ModelScore Score(string name, double mae) => new(
        name, new ErrorMetrics(100, mae, mae + 5), new Dictionary<WorkoutType, ErrorMetrics> { [WorkoutType.Easy] = new(100, mae, mae + 5) });
}
