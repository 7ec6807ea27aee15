using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.Services.Modeling;

/// <summary>The JSON file beside a saved model: what it is, what it learned from, how it did, what built it.</summary>
public sealed record ModelMetadata
{
    /// <summary>2: the owning database's id and a SHA-256 per weight file (format 1 had neither).</summary>
    public const int CurrentFormat = 2;

    public int Format { get; init; } = CurrentFormat;

    public string Name { get; init; } = TransformerPacePredictor.ModelName;

    /// <summary>The id of the database the model was trained and back-tested on; no other database uses it.</summary>
    public string? DatabaseId { get; init; }

    /// <summary>One entry per ensemble member's weight file, in member order; checked before the weights are loaded.</summary>
    public IReadOnlyList<WeightFile>? WeightFiles { get; init; }

    /// <summary>Null until <c>train</c> ran: <c>evaluate</c> may store its back-test before any model is saved.</summary>
    public DateTimeOffset? TrainedAtUtc { get; init; }

    public DataRange? Data { get; init; }

    public TransformerModelState? Model { get; init; }

    public LibraryVersions? Libraries { get; init; }

    public BackTestSummary? LastBackTest { get; init; }
}

/// <summary>A saved weight file (its name in the model folder) and the SHA-256 of its bytes, lower-case hex.</summary>
public sealed record WeightFile(string File, string Sha256);

/// <summary>The runs a model was trained on.</summary>
public sealed record DataRange(DateTimeOffset FirstRunUtc, DateTimeOffset LastRunUtc, int Runs, int TrainSamples, int ValidationSamples);

public sealed record LibraryVersions(string TorchSharp, string Libtorch, string DotNet);

/// <summary>One model's errors in a stored back-test.</summary>
public sealed record ModelError(string Name, double MaeSecondsPerKm, double RmseSecondsPerKm);

/// <summary>
/// A back-test as stored with the model: the scores, whether the transformer beat the best baseline, and the
/// half-width of the transformer's prediction range calibrated on its back-test errors.
/// </summary>
/// <param name="RangeHalfWidthSecondsPerKm">The RangeTargetCoverage quantile of the transformer's absolute back-test errors.</param>
/// <param name="RangeCoverage">Out of sample: the share of the later half of the back-test's runs inside prediction ± a half-width calibrated on its earlier half.</param>
/// <param name="Conditioned">The same back-test asked with each run's planned type and distance known; null in a back-test stored before it had one.</param>
public sealed record BackTestSummary(
    DateTimeOffset EvaluatedAtUtc,
    int TrainSamples,
    int TestSamples,
    int Folds,
    IReadOnlyList<ModelError> Models,
    string? BestBaseline,
    bool? TransformerBeatsBestBaseline,
    double RangeTargetCoverage,
    double? RangeHalfWidthSecondsPerKm,
    double? RangeCoverage,
    ConditionedBackTestSummary? Conditioned = null);

/// <summary>
/// The stored back-test's question with the plan known (a plan's day): the scores, whether the transformer beat the
/// best baseline there, and the transformer's range calibrated on those errors (as in <see cref="BackTestSummary"/>).
/// </summary>
public sealed record ConditionedBackTestSummary(
    IReadOnlyList<ModelError> Models,
    string? BestBaseline,
    bool? TransformerBeatsBestBaseline,
    double? RangeHalfWidthSecondsPerKm,
    double? RangeCoverage);
