using WorkoutGenerator.Model.Evaluation;

namespace WorkoutGenerator.Services.Modeling;

/// <param name="Notice">Said once, on a database's first model: the old shared model folder beside it is no longer used.</param>
public sealed record TrainResult(TrainingSummary Training, ModelMetadata Metadata, string Directory, TimeSpan Elapsed, string? Notice = null)
{
    /// <summary>The SHA-256 of the pre-trained weights the model was fine-tuned from; null when it trained from scratch.</summary>
    public string? FineTunedFrom => Metadata.Model?.PretrainedWeightsSha256;
}

/// <param name="Report">The scores a host shows.</param>
/// <param name="Summary">What was stored with the model (the scores, the verdicts, the calibrated ranges).</param>
/// <param name="Races">The race back-test (every past race replayed 4 and 8 weeks out by each race-prediction method).</param>
public sealed record EvaluationResult(EvaluationReport Report, BackTestSummary Summary, TimeSpan Elapsed, Races.RaceReport? Races = null)
{
    /// <summary>The report as the back-test wrote it, which <c>evaluate --json</c> prints; null for a result made from its scores alone.</summary>
    internal BackTestReport? Source { get; init; }
}

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
