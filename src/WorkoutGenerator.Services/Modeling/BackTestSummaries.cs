using WorkoutGenerator.Model.Evaluation;
using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.Services.Modeling;

/// <summary>What a back-test leaves with the model: the scores, the verdicts against the best baseline, and the calibrated ranges.</summary>
internal static class BackTestSummaries
{
    /// <summary>The prediction range aims to hold this share of runs.</summary>
    public const double RangeTargetCoverage = 0.8;

    public static BackTestSummary Of(BackTestReport report, DateTimeOffset evaluatedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(report);
        var (halfWidth, coverage) = Range(report.Unconditioned);
        return new BackTestSummary(
            evaluatedAtUtc,
            report.TrainSamples,
            report.TestSamples,
            report.Folds,
            Errors(report.Unconditioned),
            report.BestBaseline()?.Name,
            report.Beats(TransformerPacePredictor.ModelName),
            RangeTargetCoverage,
            halfWidth,
            coverage,
            report.Conditioned is { } conditioned ? Conditioned(conditioned) : null);
    }

    private static ConditionedBackTestSummary Conditioned(BackTestTask task)
    {
        var (halfWidth, coverage) = Range(task);
        return new ConditionedBackTestSummary(Errors(task), task.BestBaseline()?.Name, task.Beats(TransformerPacePredictor.ModelName), halfWidth, coverage);
    }

    private static List<ModelError> Errors(BackTestTask task) =>
        [.. task.Models.Select(m => new ModelError(m.Name, m.Overall.MaeSecondsPerKm, m.Overall.RmseSecondsPerKm))];

    /// <summary>The transformer's calibrated range half-width and its out-of-sample coverage in one task; nulls without a transformer.</summary>
    private static (double? HalfWidth, double? Coverage) Range(BackTestTask task)
    {
        var transformer = task.Models.Select((m, i) => (m, i)).FirstOrDefault(p => p.m.Name == TransformerPacePredictor.ModelName);
        if (transformer.m is null || task.Predictions.Count == 0)
        {
            return (null, null);
        }

        var errors = task.Predictions
            .OrderBy(p => p.StartUtc)
            .Select(p => Math.Abs(p.PredictedSecondsPerKm[transformer.i] - p.ActualSecondsPerKm))
            .ToArray();

        // The range used from now on is calibrated on every back-test error. The coverage it claims is measured
        // out of sample: a width calibrated on the earlier half of the test period, checked on the later half.
        // Measured on the errors it was calibrated on, it would read 80 % by construction.
        var earlier = errors[..(errors.Length / 2)];
        var later = errors[(errors.Length / 2)..];
        double? coverage = null;
        if (earlier.Length > 0)
        {
            var earlierWidth = Quantile(earlier);
            coverage = later.Count(e => e <= earlierWidth) / (double)later.Length;
        }

        return (Quantile(errors), coverage);
    }

    /// <summary>The <see cref="RangeTargetCoverage"/> quantile of absolute errors (the smallest error at or above it).</summary>
    private static double Quantile(double[] errors)
    {
        var sorted = errors.Order().ToArray();
        var rank = (int)Math.Ceiling(RangeTargetCoverage * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
