using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Model.Evaluation;

/// <summary>
/// One test sample: what happened, and each model's prediction in the order of <see cref="BackTestReport.Models"/>.
/// Kept so prediction ranges can be calibrated on back-test errors.
/// </summary>
public sealed record BackTestPrediction(
    string RunId,
    DateTimeOffset StartUtc,
    WorkoutType WorkoutType,
    int Fold,
    double ActualSecondsPerKm,
    IReadOnlyList<double> PredictedSecondsPerKm);
