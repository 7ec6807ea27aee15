using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkoutGenerator.Model.Transformer;

/// <summary>
/// The JSON beside the pre-trained weights: which file, its SHA-256 and element type, the architecture and every
/// parameter's shape (checked before libtorch reads the file), and where the weights came from: the corpus
/// manifest's SHA-256 and how the pre-training went.
/// </summary>
public sealed record PretrainedManifest
{
    public const string FileName = "pretrained-manifest.json";

    public const int CurrentFormat = 1;

    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public int Format { get; init; } = CurrentFormat;

    public required string WeightsFile { get; init; }

    public required string WeightsSha256 { get; init; }

    /// <summary>"float16" or "float32": how the weights are stored; they are used as float32.</summary>
    public required string ElementType { get; init; }

    /// <summary>The architecture with the level input (residual mode): the seed's, one decoder feature wider.</summary>
    public required PaceTransformerOptions Architecture { get; init; }

    public required IReadOnlyList<ParameterShape> Parameters { get; init; }

    /// <summary>
    /// How the weights learnt to use the level; null in every manifest written before the choice existed, which
    /// means <see cref="LevelUse.RunnersLevel"/>. Fine-tuning keeps the same.
    /// </summary>
    public LevelUse? Level { get; init; }

    /// <summary>The level use of these weights, <see cref="LevelUse.RunnersLevel"/> for a manifest that predates it.</summary>
    [JsonIgnore]
    public LevelUse LevelUse => Level ?? LevelUse.RunnersLevel;

    public PretrainingRecord? Training { get; init; }
}

/// <summary>One checkpoint entry: its name and shape.</summary>
public sealed record ParameterShape(string Name, IReadOnlyList<long> Shape);

/// <summary>How the shipped weights were made: corpus, cost and losses.</summary>
public sealed record PretrainingRecord
{
    public string? CorpusManifestSha256 { get; init; }

    public int Runners { get; init; }

    public int Runs { get; init; }

    public int TrainSamples { get; init; }

    public int ValidationSamples { get; init; }

    public DateTimeOffset? FirstRunUtc { get; init; }

    public DateTimeOffset? LastRunUtc { get; init; }

    public int Seed { get; init; }

    public int EpochsPlanned { get; init; }

    public int EpochsRun { get; init; }

    public int BestEpoch { get; init; }

    public double? BestValidationMaeSecondsPerKm { get; init; }

    public double? ValidationMaeUnconditionedSecondsPerKm { get; init; }

    public double? ValidationMaeConditionedSecondsPerKm { get; init; }

    public double WallSeconds { get; init; }

    /// <summary>The largest difference in s/km between the float16 file's and the float32 weights' predictions on the validation questions.</summary>
    public double? Float16MaxDifferenceSecondsPerKm { get; init; }

    public IReadOnlyList<string>? SkippedRunners { get; init; }
}
