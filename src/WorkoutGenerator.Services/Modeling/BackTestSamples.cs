using WorkoutGenerator.Model.Evaluation;

namespace WorkoutGenerator.Services.Modeling;

/// <summary>
/// The last back-test's test samples as stored beside the model (<see cref="BackTestSamplesFile"/>): what each run's
/// pace was and what every model predicted for it, the back-test's own rows. The metadata keeps the scores; this
/// keeps what they were computed from, so the dashboard can draw predicted against actual pace and score each
/// workout type.
/// </summary>
/// <param name="EvaluatedAtUtc">The back-test's time, as in <see cref="BackTestSummary.EvaluatedAtUtc"/>: samples whose time differs belong to another back-test.</param>
/// <param name="Models">The models' names, in the order of each sample's <see cref="BackTestPrediction.PredictedSecondsPerKm"/>.</param>
/// <param name="Samples">The test runs, oldest first.</param>
public sealed record BackTestSamples(DateTimeOffset EvaluatedAtUtc, IReadOnlyList<string> Models, IReadOnlyList<BackTestPrediction> Samples)
{
    public static BackTestSamples Of(BackTestReport report, DateTimeOffset evaluatedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new BackTestSamples(evaluatedAtUtc, [.. report.Models.Select(m => m.Name)], [.. report.Predictions.OrderBy(p => p.StartUtc)]);
    }
}
