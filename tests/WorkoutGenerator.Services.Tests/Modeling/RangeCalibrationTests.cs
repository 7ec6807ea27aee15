using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Model.Evaluation;
using WorkoutGenerator.Services.Modeling;

namespace WorkoutGenerator.Services.Tests.Modeling;

public sealed class RangeCalibrationTests
{
    [Fact]
    public void Should_measure_the_range_coverage_on_runs_the_width_was_not_calibrated_on()
    {
        // Given a back-test whose errors are 1..10 s/km in its earlier half and 11..20 s/km in its later half
        var errors = Enumerable.Range(1, 20).Select(e => (double)e).ToList();
        var report = Report(errors);

        // When
        var summary = BackTestSummaries.Of(report, DateTimeOffset.UnixEpoch);

        // Then the range used is the 80th percentile of all 20 errors (16 s/km), but the coverage claimed is that of
        // the earlier half's width (8 s/km) on the later half: none of 11..20 fit, not the 80 % in-sample reading
        Assert.Equal(16, summary.RangeHalfWidthSecondsPerKm);
        Assert.Equal(0, summary.RangeCoverage);
    }

    [Fact]
    public void Should_report_full_coverage_when_the_later_errors_are_smaller()
    {
        var errors = Enumerable.Range(1, 20).Select(e => (double)(21 - e)).ToList();

        var summary = BackTestSummaries.Of(Report(errors), DateTimeOffset.UnixEpoch);

        Assert.Equal(1, summary.RangeCoverage);
    }

    [Fact]
    public void Should_store_the_task_with_the_plan_beside_the_seeds()
    {
        // Given a back-test whose transformer loses without the plan (errors 1..20 vs ewma's 5) and wins with it (errors 1..20 / 10 vs gbdt's 1.5)
        var errors = Enumerable.Range(1, 20).Select(e => (double)e).ToList();
        var plain = Report(errors);
        var planned = Report(errors.Select(e => e / 10).ToList());
        var report = plain with
        {
            Models = [.. plain.Models, Baseline("ewma", 5)],
            Conditioned = new BackTestTask([.. planned.Models, Baseline("gbdt", 1.5)], planned.Predictions),
        };

        // When
        var summary = BackTestSummaries.Of(report, DateTimeOffset.UnixEpoch);

        // Then each task has its own scores, best baseline, verdict and calibrated range
        Assert.Equal("ewma", summary.BestBaseline);
        Assert.False(summary.TransformerBeatsBestBaseline);
        Assert.Equal(16, summary.RangeHalfWidthSecondsPerKm);
        var conditioned = summary.Conditioned!;
        Assert.Equal("gbdt", conditioned.BestBaseline);
        Assert.True(conditioned.TransformerBeatsBestBaseline);
        Assert.Equal(["transformer", "gbdt"], conditioned.Models.Select(m => m.Name));
        Assert.Equal(1.05, conditioned.Models[0].MaeSecondsPerKm, 9);
        Assert.Equal(1.6, conditioned.RangeHalfWidthSecondsPerKm!.Value, 9);
        Assert.Equal(0, conditioned.RangeCoverage);
    }

    private static ModelScore Baseline(string name, double mae) => new(name, new ErrorMetrics(20, mae, mae), new Dictionary<WorkoutType, ErrorMetrics>());

    private static BackTestReport Report(IReadOnlyList<double> errorsInTimeOrder)
    {
        var start = new DateTimeOffset(2025, 1, 1, 7, 0, 0, TimeSpan.Zero);

        // Listed newest first, to show that the split follows time, not list order
        var predictions = errorsInTimeOrder
            .Select((error, i) => new BackTestPrediction($"r{i}", start.AddDays(i), WorkoutType.Easy, 0, 300, [300 + error]))
            .Reverse()
            .ToList();
        var mae = errorsInTimeOrder.Average();
        return new BackTestReport
        {
            TrainSamples = 100,
            ValidationSamples = 15,
            TestSamples = predictions.Count,
            Folds = 1,
            FoldLength = TimeSpan.FromDays(28),
            Models = [new ModelScore("transformer", new ErrorMetrics(predictions.Count, mae, mae), new Dictionary<WorkoutType, ErrorMetrics>())],
            Predictions = predictions,
        };
    }
}
