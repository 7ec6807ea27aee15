using WorkoutGenerator.Services.Application;
using Spectre.Console.Testing;
using WorkoutGenerator.Cli.Rendering;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Services.Modeling;

namespace WorkoutGenerator.Cli.Tests;

public sealed class EvaluationViewTests
{
    [Fact]
    public void Should_show_a_table_and_a_verdict_for_each_question()
    {
        // Given a back-test whose transformer loses to ewma without the plan and beats gbdt with it
        var report = new EvaluationReport(
            TrainSamples: 400,
            TestSamples: 100,
            Folds: 5,
            FoldLength: TimeSpan.FromDays(28),
            Unconditioned: new EvaluationQuestion([Score("transformer", 21), Score("ewma", 20), Score("gbdt", 22)], "ewma", false),
            Conditioned: new EvaluationQuestion([Score("transformer", 14.5), Score("ewma", 16), Score("gbdt", 15)], "gbdt", true));
        var console = new TestConsole().Width(200);
        var summary = new BackTestSummary(DateTimeOffset.UnixEpoch, 400, 100, 5, [], "ewma", false, 0.8, null, null);

        // When
        EvaluationView.Render(console, new EvaluationOutcome(new EvaluationResult(report, summary, TimeSpan.FromSeconds(3)), TransformerSetup.Defaults), DistanceUnit.Kilometer);

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
        var report = new EvaluationReport(400, foldRuns.Sum(), foldRuns.Length, null, new EvaluationQuestion([Score("ewma", 20)], "ewma", null), null, 10, 8, foldRuns);

        // When / Then
        Assert.Equal(expected, EvaluationView.Folds(report));
    }

    [Fact]
    public void Should_say_how_long_each_fold_was_when_cut_by_days()
    {
        var report = new EvaluationReport(400, 100, 5, TimeSpan.FromDays(28), new EvaluationQuestion([Score("ewma", 20)], "ewma", null), null);
        Assert.Equal("of 28 days", EvaluationView.Folds(report));
    }

    private static ScoredModel Score(string name, double mae) => new(
        name, new PaceErrors(100, mae, mae + 5), new Dictionary<WorkoutType, PaceErrors> { [WorkoutType.Easy] = new(100, mae, mae + 5) });
}
