using WorkoutGenerator.Model.Evaluation;
using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.Services.Modeling;

/// <param name="Notice">Said once, on a database's first model: the old shared model folder beside it is no longer used.</param>
public sealed record TrainResult(TrainingSummary Training, ModelMetadata Metadata, string Directory, TimeSpan Elapsed, string? Notice = null);

/// <param name="Races">The race back-test (every past race replayed 4 and 8 weeks out by each race-prediction method).</param>
public sealed record EvaluationResult(BackTestReport Report, BackTestSummary Summary, TimeSpan Elapsed, Races.RaceReport? Races = null);

/// <summary>
/// The predicted pace of a run at <see cref="AtLocal"/> with its range, and how the model did in its last
/// back-test. When it did not beat the best baseline, <see cref="BaselineSecondsPerKm"/> is that baseline's answer.
/// </summary>
/// <param name="RangeCoverage">The share of back-test runs the calibrated range held; null when the range is the ensemble's raw spread.</param>
public sealed record PredictionResult(
    DateTime AtLocal,
    double SecondsPerKm,
    double LowSecondsPerKm,
    double HighSecondsPerKm,
    IReadOnlyList<double> MemberSecondsPerKm,
    double? RangeCoverage,
    bool? BeatsBestBaseline,
    string? BestBaseline,
    double? BaselineSecondsPerKm,
    double? TransformerMaeSecondsPerKm,
    double? BestBaselineMaeSecondsPerKm);
