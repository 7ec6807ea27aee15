using WorkoutGenerator.Domain.Errors;
using System.Diagnostics;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Model.Evaluation;
using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Services.Races;

namespace WorkoutGenerator.Services.Modeling;

/// <summary>Trains, back-tests and asks the pace Transformer; the CLI and the web app call this, nothing else.</summary>
public sealed partial class ModelService
{
    /// <summary>The prediction range aims to hold this share of runs.</summary>
    public const double RangeTargetCoverage = 0.8;

    private readonly TimeProvider _time;
    private readonly string _pretrainedDirectory;

    /// <param name="pretrainedDirectory">Where the pre-trained weights are; default the ones shipped with the app.</param>
    public ModelService(TimeProvider time, string? pretrainedDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _pretrainedDirectory = pretrainedDirectory ?? PretrainedPaceModel.DefaultDirectory;
    }

    /// <summary>
    /// Trains on the whole history, chronologically: the newest samples (as many as the back-test would hold
    /// out) are the validation window for early stopping; nothing later is ever trained on before earlier data.
    /// Saves the weights and metadata even when cancelled after the first epoch (the best weights so far).
    /// </summary>
    public TrainResult Train(IReadOnlyList<Run> runs, ModelStore store, TransformerTrainingOptions options, IProgress<TrainingProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var watch = Stopwatch.StartNew();
        var dataset = PaceDatasetBuilder.Build(runs);
        var set = TrainingSet(dataset);
        var previous = store.ReadReplaceableMetadata();
        using var pretrained = LoadPretrained(options);
        using var predictor = new TransformerPacePredictor(options, TrainingProgress.ForTrainer(progress), pretrained);
        var summary = predictor.Train(set, ct);
        var metadata = store.Save(predictor, (state, files) => (previous ?? new ModelMetadata()) with
        {
            DatabaseId = store.DatabaseId,
            TrainedAtUtc = _time.GetUtcNow(),
            Data = new DataRange(dataset.History[0].StartUtc, dataset.History[^1].StartUtc, dataset.History.Count, set.Train.Count, set.Validation.Count),
            Model = state,
            WeightFiles = files,
            Libraries = Versions(),
        });
        var notice = previous?.Model is null && File.Exists(Path.Combine(store.SharedDirectory, ModelStore.MetadataFile))
            ? $"The model in {store.SharedDirectory} is no longer used: that folder was shared by every database beside it. Each database now has its own model folder; delete the old one when you like."
            : null;
        return new TrainResult(TrainingSummary.From(summary), metadata, store.Directory, watch.Elapsed, notice);
    }

    /// <summary>
    /// The rolling-origin back-test of every model in <see cref="BackTestModels"/> on the same samples, without and
    /// with the plan: the transformer fine-tuned from the pre-trained weights in every fold, with
    /// <paramref name="withScratch"/> the same transformer trained from scratch ("transformer_scratch", so the gain
    /// of pre-training shows), and every baseline; stored with the model.
    /// </summary>
    public EvaluationResult Evaluate(IReadOnlyList<Run> runs, ModelStore? store, TransformerTrainingOptions options, BackTestOptions backTest, IProgress<BackTestProgress>? progress, CancellationToken ct, bool withScratch = false)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(backTest);
        // A damaged model or another database's is said before the back-test's minutes, not after them.
        CheckModel(store);
        var watch = Stopwatch.StartNew();
        using var pretrained = LoadPretrained(options);
        var report = BackTest.Run(runs, BackTestModels.Factories(options, pretrained, withScratch), backTest, BackTestProgress.ForBackTest(progress), ct);
        var summary = Summarize(report);
        if (store is not null)
        {
            store.WriteBackTestSamples(BackTestSamples.Of(report, summary.EvaluatedAtUtc));
            store.WriteMetadata((CheckModel(store) ?? new ModelMetadata()) with { LastBackTest = summary });
        }

        // The race back-test is formulas over the same runs: seconds beside the pace back-test's minutes.
        return new EvaluationResult(EvaluationReport.From(report), summary, watch.Elapsed, RaceReport.Of(runs, ct)) { Source = report };
    }

    /// <summary>
    /// The pre-trained weights when <paramref name="options"/> build their architecture (the seed's size, residual
    /// over ewma); null for the other variants (<c>--size tiny</c>, <c>--no-residual</c>), which train from scratch.
    /// Damaged weights throw, naming the file.
    /// </summary>
    private PretrainedPaceModel? LoadPretrained(TransformerTrainingOptions options)
    {
        if (!options.PredictResidual || options.Architecture != PaceTransformerOptions.Seed)
        {
            return null;
        }

        var pretrained = PretrainedPaceModel.Load(_pretrainedDirectory);
        if (pretrained.Architecture != new TransformerPacePredictor(options).Architecture)
        {
            pretrained.Dispose();
            throw PretrainedPaceModel.Damaged(Path.Combine(_pretrainedDirectory, PretrainedManifest.FileName), "its architecture is not the seed's with the level input");
        }

        return pretrained;
    }

    /// <summary>This database's metadata with its weights verified, or null; a damaged or foreign model throws.</summary>
    private static ModelMetadata? CheckModel(ModelStore? store)
    {
        var metadata = store?.ReadMetadata();
        if (metadata?.Model is not null)
        {
            store!.VerifyWeights(metadata);
        }

        return metadata;
    }

    internal static PaceTrainingSet TrainingSet(PaceDataset dataset)
    {
        var samples = dataset.Samples;
        if (samples.Count < 2)
        {
            throw new UserFacingException(
                $"Only {samples.Count} runs have a run in the 7 days before them; training needs more history. Import more runs first.");
        }

        var validation = new BackTestOptions().ValidationCount(samples.Count);
        return new PaceTrainingSet([.. samples.Take(samples.Count - validation)], [.. samples.Skip(samples.Count - validation)], dataset.History);
    }

    internal BackTestSummary Summarize(BackTestReport report)
    {
        var (halfWidth, coverage) = Range(report.Unconditioned);
        return new BackTestSummary(
            _time.GetUtcNow(),
            report.TrainSamples,
            report.TestSamples,
            report.Folds,
            Errors(report.Unconditioned),
            report.BestBaseline()?.Name,
            report.Beats(TransformerPacePredictor.ModelName),
            RangeTargetCoverage,
            halfWidth,
            coverage,
            report.Conditioned is { } conditioned ? SummarizeConditioned(conditioned) : null);
    }

    private static ConditionedBackTestSummary SummarizeConditioned(BackTestTask task)
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

    private static LibraryVersions Versions() => new(
        typeof(TorchSharp.torch).Assembly.GetName().Version?.ToString() ?? "unknown",
        TorchSharp.torch.__version__,
        Environment.Version.ToString());
}
