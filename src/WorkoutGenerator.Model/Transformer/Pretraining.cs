using WorkoutGenerator.Model.Evaluation;
using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction;
using static TorchSharp.torch;

namespace WorkoutGenerator.Model.Transformer;

/// <summary>One runner of the pre-training corpus: a name for the log and the runner's samples.</summary>
public sealed record PretrainingRunner(string Name, PaceDataset Dataset);

/// <summary>How the pre-training runs; the architecture is the seed's with the level input (residual mode).</summary>
public sealed record PretrainingOptions
{
    public PaceTransformerOptions Architecture { get; init; } = PaceTransformerOptions.Seed;

    public int Epochs { get; init; } = 60;

    /// <summary>Longer than a single runner's: one epoch over many runners moves the weights less than it looks.</summary>
    public int Patience { get; init; } = 12;

    public int BatchSize { get; init; } = 64;

    public double LearningRate { get; init; } = 5e-4;

    public double WeightDecay { get; init; } = 0.01;

    public double WarmupFraction { get; init; } = 0.05;

    public double PlanDropout { get; init; } = 0.5;

    /// <summary>How the residual model uses the level; recorded in the manifest, which fine-tuning follows.</summary>
    public LevelUse Level { get; init; } = LevelUse.Default;

    /// <summary>
    /// The Huber loss's δ in each runner's robust standard deviations: small, so that the model learns the
    /// conditional median, the point forecast that minimises the mean absolute error (Gneiting 2011); measured
    /// against δ = 1 in docs/pace-transformer.md.
    /// </summary>
    public double LossDelta { get; init; } = 0.1;

    /// <summary>
    /// From this epoch on the weights kept are the mean of every epoch's weights since (stochastic weight averaging,
    /// Izmailov et al. 2018); null keeps the single best epoch's.
    /// </summary>
    public int? AverageFromEpoch { get; init; } = 5;

    /// <summary>
    /// How much each runner weighs in the loss: every training row of a runner with n rows weighs n^(α − 1) (scaled
    /// so the rows' mean weight is 1), so a runner's share of the loss grows as n^α. 1, the default, weighs every
    /// row alike, so the few runners with thousands of runs make most of the loss; 0 weighs every runner alike;
    /// between is the temperature sampling of pre-training across many languages of unequal size (Arivazhagan et
    /// al. 2019; Conneau et al. 2020), so the model is not mostly fitted to the largest histories. Measured in
    /// docs/pace-transformer.md.
    /// </summary>
    public double RunnerBalance { get; init; } = 1;

    public int Seed { get; init; } = 1;

    /// <summary>
    /// A folder of pre-trained weights to continue from instead of random weights (continued, domain-adaptive
    /// pre-training: a broad corpus first, then the population the model will serve; Gururangan et al. 2020). They
    /// must have this run's architecture and level. Null, the default, starts from random weights.
    /// </summary>
    public string? StartFrom { get; init; }

    public int Threads { get; init; } = 1;

    /// <summary>Store float16 weights when their predictions stay this close (s/km) to float32's on every validation question.</summary>
    public double Float16ToleranceSecondsPerKm { get; init; } = 0.1;

    /// <summary>Each runner's newest samples held out for validation, as the back-test holds them out.</summary>
    public BackTestOptions Split { get; init; } = new();

    internal TrainerSettings Trainer => new(LearningRate, WeightDecay, BatchSize, Epochs, WarmupFraction, Patience, PlanDropout, TrainEncoder: true, LossDelta, AverageFromEpoch: AverageFromEpoch);

    /// <summary>The residual model's architecture: the level (and the usual pace, when used) are more decoder inputs.</summary>
    internal PaceTransformerOptions ResidualArchitecture => Architecture with { DecoderFeatures = PaceFeatures.Decoder.Count + Level.SlotFeatures };
}

/// <summary>What one pre-training epoch measured (errors in s/km over all runners) and where the best weights so far are.</summary>
/// <param name="AveragedEpochs">How many epochs' weights the scored model averages; 0 without weight averaging.</param>
public sealed record PretrainingEpoch(
    int Epoch,
    int Epochs,
    double TrainLoss,
    double TrainMae,
    double? ValidationMae,
    double? ValidationMaeUnconditioned,
    double? ValidationMaeConditioned,
    bool IsBest,
    TimeSpan Elapsed,
    PretrainedManifest? SavedManifest,
    int AveragedEpochs = 0);

/// <summary>How a pre-training ended.</summary>
public sealed record PretrainingResult(MemberSummary? Summary, bool Cancelled, int TrainSamples, int ValidationSamples, PretrainedManifest? Manifest);

/// <summary>
/// Trains one <see cref="PaceTransformer"/> across many runners (the pre-training of the pace model). Each
/// runner's features and target are normalised by that runner's own training statistics (its own
/// <see cref="FeatureScaler"/>, the residual over its own <c>ewma</c> level), so a fast and a slow runner ask the
/// model the same kind of question; batches mix runners. Validation is each runner's newest samples. After every
/// better epoch the weights are written to the output folder, so an interrupted run leaves its best so far.
/// </summary>
public static class Pretraining
{
    public static PretrainingResult Run(
        IReadOnlyList<PretrainingRunner> runners,
        PretrainingOptions options,
        string outputDirectory,
        Func<PretrainingEpoch, PretrainingRecord> record,
        Action<PretrainingEpoch>? onEpoch,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(runners);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(record);
        set_num_threads(options.Threads);
        var trainParts = new List<PaceTensors>();
        var validationParts = new List<PaceTensors>();
        try
        {
            foreach (var runner in runners)
            {
                ct.ThrowIfCancellationRequested();
                var (train, validation) = RunnerTensors(runner.Dataset, options, ct);
                trainParts.Add(train);
                if (validation is not null)
                {
                    validationParts.Add(validation);
                }
            }

            if (trainParts.Count == 0)
            {
                throw new ArgumentException("Pre-training needs at least one runner with samples.", nameof(runners));
            }

            using var trainAll = PaceTensors.Concatenate(trainParts);
            using var validationAll = validationParts.Count > 0 ? PaceTensors.Concatenate(validationParts) : null;
            using var rowWeights = RowWeights([.. trainParts.Select(p => p.Size)], options.RunnerBalance);
            using var model = StartingModel(options);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            PretrainedManifest? manifest = null;
            var (summary, cancelled) = PaceTrainer.Train(model, trainAll, validationAll, options.Trainer, options.Seed, (epoch, current) =>
            {
                var report = new PretrainingEpoch(epoch.Epoch, epoch.Epochs, epoch.TrainLoss, epoch.TrainMae, epoch.ValidationMae, epoch.ValidationMaeUnconditioned, epoch.ValidationMaeConditioned, epoch.IsBest, watch.Elapsed, null, epoch.AveragedEpochs);
                if (epoch.IsBest)
                {
                    manifest = SaveBest(current, validationAll, options, outputDirectory, report, record);
                    report = report with { SavedManifest = manifest };
                    current.train();
                }

                onEpoch?.Invoke(report);
            }, ct, rowWeights);
            return new PretrainingResult(summary, cancelled, trainAll.Size, validationAll?.Size ?? 0, manifest);
        }
        finally
        {
            foreach (var part in trainParts.Concat(validationParts))
            {
                part.Dispose();
            }
        }
    }

    /// <summary>Random weights, or the weights <see cref="PretrainingOptions.StartFrom"/> names when they fit this run.</summary>
    private static PaceTransformer StartingModel(PretrainingOptions options)
    {
        if (options.StartFrom is not { } directory)
        {
            return new PaceTransformer(options.ResidualArchitecture);
        }

        using var start = PretrainedPaceModel.Load(directory);
        if (start.Architecture != options.ResidualArchitecture || start.Manifest.LevelUse != options.Level)
        {
            throw new ArgumentException($"{directory}: the weights to continue from have another architecture or level than this pre-training.", nameof(options));
        }

        // In evaluation mode as created; the trainer puts it in training mode every epoch.
        return start.CreateModel();
    }

    /// <summary>
    /// Each training row's weight in the loss, runner after runner as the rows are concatenated: n^(α − 1) for a
    /// runner of n rows, scaled to a mean of 1 (<see cref="PretrainingOptions.RunnerBalance"/>); null when α is 1,
    /// where every row weighs 1.
    /// </summary>
    internal static Tensor? RowWeights(IReadOnlyList<int> rowsPerRunner, double balance)
    {
        if (!(balance >= 0 && balance <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(balance), balance, "The runner balance is an exponent in [0, 1].");
        }

        if (balance == 1)
        {
            return null;
        }

        var weights = rowsPerRunner.SelectMany(n => Enumerable.Repeat(Math.Pow(n, balance - 1), n)).ToArray();
        var mean = weights.Average();
        return tensor(weights.Select(w => (float)(w / mean)).ToArray());
    }

    /// <summary>One runner's training and validation rows, scaled by the runner's own statistics; no validation for very short histories.</summary>
    private static (PaceTensors Train, PaceTensors? Validation) RunnerTensors(PaceDataset dataset, PretrainingOptions options, CancellationToken ct)
    {
        var samples = dataset.Samples;
        if (samples.Count < 2)
        {
            throw new ArgumentException("A pre-training runner needs at least 2 samples.", nameof(dataset));
        }

        var validationCount = options.Split.ValidationCount(samples.Count);
        var set = new PaceTrainingSet([.. samples.Take(samples.Count - validationCount)], [.. samples.Skip(samples.Count - validationCount)], dataset.History);
        var scaler = FeatureScaler.Fit(set.Train);
        var level = options.Level.NewLevel();
        level.Fit(set, ct);
        var train = TrainingQuestions.Of(set.Train, scaler, level, options.Level);
        return (train, set.Validation.Count > 0 ? TrainingQuestions.Of(set.Validation, scaler, level, options.Level) : null);
    }

    /// <summary>
    /// Writes the best weights so far: as float16 when a round trip through the float16 file keeps every
    /// validation prediction within the tolerance of the float32 model's, as float32 otherwise.
    /// </summary>
    private static PretrainedManifest SaveBest(PaceTransformer model, PaceTensors? validation, PretrainingOptions options, string directory, PretrainingEpoch epoch, Func<PretrainingEpoch, PretrainingRecord> record)
    {
        var trial = Path.Combine(directory, ".float16-check");
        double? difference = null;
        if (validation is not null)
        {
            PretrainedPaceModel.Save(model, trial, float16: true, training: null, options.Level);
            using var loaded = PretrainedPaceModel.Load(trial);
            using var roundTrip = loaded.CreateModel();
            difference = MaxDifference(model, roundTrip, validation);
            Directory.Delete(trial, recursive: true);
        }

        var float16 = difference is { } d && d <= options.Float16ToleranceSecondsPerKm;
        return PretrainedPaceModel.Save(model, directory, float16, record(epoch) with { Float16MaxDifferenceSecondsPerKm = difference }, options.Level);
    }

    private static double MaxDifference(PaceTransformer first, PaceTransformer second, PaceTensors data)
    {
        first.eval();
        second.eval();
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var unconditioned = Difference(data.WithoutPlans());
        var conditioned = Difference(data.AsBuilt());
        return Math.Max(unconditioned, conditioned);

        double Difference(PaceQuestions q) => ((q.Ask(first) - q.Ask(second)).abs() * q.TargetScales).max().item<float>();
    }
}
