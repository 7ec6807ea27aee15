using System.Diagnostics;
using System.Globalization;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Services.Modeling;
using MemberSummary = WorkoutGenerator.Services.Modeling.MemberSummary;
using ModelEpoch = WorkoutGenerator.Model.Transformer.PretrainingEpoch;

namespace WorkoutGenerator.Services.Application;

/// <summary>What <c>pretrain</c> reads and where it writes.</summary>
/// <param name="ExcludedExports">Exports whose runners must not be in the corpus (the shared runners), checked activity by activity.</param>
/// <param name="CorpusManifest">The corpus manifest whose SHA-256 the weights' manifest records; null when there is none.</param>
/// <param name="Epochs">The most epochs; null: the default (60).</param>
/// <param name="Seed">Random seed; null: 1.</param>
/// <param name="Threads">libtorch threads; null: 1.</param>
public sealed record PretrainRequest(
    string CorpusDirectory,
    string OutputDirectory,
    string HeldOutList,
    IReadOnlyList<string> ExcludedExports,
    string? CorpusManifest,
    int? Epochs = null,
    int? Seed = null,
    int? Threads = null)
{
    /// <summary>Every pre-training option, for the experiments under bench/; when set, the three above are ignored.</summary>
    internal PretrainingOptions? Options { get; init; }

    /// <summary>The corpus sub-folder of runners from another source, flagged in every row (<see cref="PretrainingCorpus.Load"/>); bench only.</summary>
    internal string? OtherSourceFolder { get; init; }

    internal PretrainingOptions ToOptions()
    {
        if (Options is { } options)
        {
            return options;
        }

        var defaults = new PretrainingOptions();
        return defaults with { Epochs = Epochs ?? defaults.Epochs, Seed = Seed ?? defaults.Seed, Threads = Threads ?? defaults.Threads };
    }
}

/// <summary>How <c>pretrain</c> ended: the runners trained on and those left out, the best epoch, the samples.</summary>
/// <param name="Best">The kept epoch's summary; null when no epoch ended.</param>
/// <param name="Cancelled">Stopped on request: the best weights so far are saved.</param>
public sealed record PretrainResult(
    int Runners,
    IReadOnlyList<SkippedRunner> Skipped,
    MemberSummary? Best,
    bool Cancelled,
    int TrainSamples,
    int ValidationSamples,
    TimeSpan Elapsed,
    string OutputDirectory);

/// <summary>What one pre-training epoch measured (errors in s/km over all runners); <see cref="IsBest"/> when its weights were saved.</summary>
/// <param name="ValidationMae">The mean of the unconditioned and conditioned validation errors.</param>
public sealed record PretrainingEpoch(
    int Epoch,
    int Epochs,
    double TrainMae,
    double? ValidationMae,
    double? ValidationMaeUnconditioned,
    double? ValidationMaeConditioned,
    bool IsBest,
    TimeSpan Elapsed)
{
    internal static PretrainingEpoch From(ModelEpoch e) =>
        new(e.Epoch, e.Epochs, e.TrainMae, e.ValidationMae, e.ValidationMaeUnconditioned, e.ValidationMaeConditioned, e.IsBest, e.Elapsed);
}

/// <summary>
/// Pre-trains the pace Transformer on a corpus folder of other runners' Strava exports and writes the weights,
/// their manifest, the training log (<see cref="LogFile"/>) and the loss curve (<see cref="CurveFile"/>) into
/// the output folder. The best weights so far are on disk after every better epoch.
/// </summary>
public sealed class PretrainUseCase
{
    public const string LogFile = "pretrain-log.tsv";

    public const string CurveFile = "loss-curve.svg";

    private readonly TimeProvider _time;

    public PretrainUseCase(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
    }

    public PretrainResult Run(PretrainRequest request, IProgress<PretrainingEpoch>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var watch = Stopwatch.StartNew();
        var heldOut = HeldOutActivities.Load(request.HeldOutList);
        foreach (var export in request.ExcludedExports.Where(e => !Directory.Exists(e) && !File.Exists(e)))
        {
            throw new UserFacingException("The export to exclude does not exist.", export);
        }

        if (request.CorpusManifest is { } manifestFile && !File.Exists(manifestFile))
        {
            throw new UserFacingException("The corpus manifest does not exist.", manifestFile);
        }

        var excluded = PretrainingCorpus.ActivityIds(request.ExcludedExports, _time, ct);
        var corpus = PretrainingCorpus.Load(request.CorpusDirectory, heldOut, excluded, _time, ct, request.OtherSourceFolder);
        if (corpus.Runners.Count == 0)
        {
            throw new UserFacingException("The corpus folder has no runner to pre-train on (no activities.csv that may be used).", request.CorpusDirectory);
        }

        Directory.CreateDirectory(request.OutputDirectory);
        var corpusSha = request.CorpusManifest is null ? null : PretrainedPaceModel.Sha256(request.CorpusManifest);
        var logPath = Path.Combine(request.OutputDirectory, LogFile);
        var options = request.ToOptions();
        var epochs = new List<ModelEpoch>();
        File.WriteAllText(logPath, LogHeader(request, corpus, corpusSha));
        var samples = corpus.Runners.Sum(r => r.Dataset.Samples.Count);
        var result = Pretraining.Run(
            corpus.ForTraining(),
            options,
            request.OutputDirectory,
            epoch => Record(options, corpus, corpusSha, epoch, epochs),
            epoch =>
            {
                epochs.Add(epoch);
                File.AppendAllText(logPath, LogLine(epoch));
                File.WriteAllText(Path.Combine(request.OutputDirectory, CurveFile), LossCurveSvg.Render(epochs));
                progress?.Report(PretrainingEpoch.From(epoch));
            },
            ct);
        return new PretrainResult(
            corpus.Runners.Count,
            corpus.Skipped,
            result.Summary is { } best ? MemberSummary.From(best) : null,
            result.Cancelled,
            result.TrainSamples,
            result.ValidationSamples,
            watch.Elapsed,
            request.OutputDirectory);
    }

    private static PretrainingRecord Record(PretrainingOptions options, PretrainingCorpus corpus, string? corpusSha, ModelEpoch best, IReadOnlyList<ModelEpoch> before) => new()
    {
        CorpusManifestSha256 = corpusSha,
        Runners = corpus.Runners.Count,
        Runs = corpus.Runners.Sum(r => r.Runs),
        TrainSamples = corpus.Runners.Sum(r => r.Dataset.Samples.Count - options.Split.ValidationCount(r.Dataset.Samples.Count)),
        ValidationSamples = corpus.Runners.Sum(r => options.Split.ValidationCount(r.Dataset.Samples.Count)),
        FirstRunUtc = corpus.Runners.Min(r => r.FirstRunUtc),
        LastRunUtc = corpus.Runners.Max(r => r.LastRunUtc),
        Seed = options.Seed,
        EpochsPlanned = options.Epochs,
        EpochsRun = best.Epoch,
        BestEpoch = best.Epoch,
        BestValidationMaeSecondsPerKm = best.ValidationMae,
        ValidationMaeUnconditionedSecondsPerKm = best.ValidationMaeUnconditioned,
        ValidationMaeConditionedSecondsPerKm = best.ValidationMaeConditioned,
        WallSeconds = Math.Round(best.Elapsed.TotalSeconds, 1),
        SkippedRunners = [.. corpus.Skipped.Select(s => $"{s.Name}: {s.Reason}")],
    };

    private string LogHeader(PretrainRequest request, PretrainingCorpus corpus, string? corpusSha)
    {
        var o = request.ToOptions();
        var lines = new List<string>
        {
            $"# workoutgen pretrain, started {_time.GetUtcNow():u}",
            $"# corpus: {corpus.Runners.Count} runners, {corpus.Runners.Sum(r => r.Runs)} runs, {corpus.Runners.Min(r => r.FirstRunUtc):yyyy-MM-dd} to {corpus.Runners.Max(r => r.LastRunUtc):yyyy-MM-dd}; corpus manifest sha256 {corpusSha ?? "(none given)"}",
        };
        lines.AddRange(corpus.Runners.Select(r => $"# runner {r.Name}: {r.Runs} runs, {r.Dataset.Samples.Count} samples, {r.FirstRunUtc:yyyy-MM-dd} to {r.LastRunUtc:yyyy-MM-dd}"));
        lines.AddRange(corpus.Skipped.Select(s => $"# left out {s.Name}: {s.Reason}"));
        lines.Add(FormattableString.Invariant($"# options: d_model {o.Architecture.ModelDim}, heads {o.Architecture.Heads}, layers {o.Architecture.EncoderLayers}+{o.Architecture.DecoderLayers}, dropout {o.Architecture.Dropout}, epochs {o.Epochs}, patience {o.Patience}, batch {o.BatchSize}, lr {o.LearningRate}, weight decay {o.WeightDecay}, warm-up {o.WarmupFraction}, plan dropout {o.PlanDropout}, loss delta {o.LossDelta}, weight averaging from epoch {(o.AverageFromEpoch is { } from ? from : "(none)")}, seed {o.Seed}, threads {o.Threads}, starting from {(o.StartFrom is { } start ? start : "random weights")}"));
        lines.Add("# errors in s/km; validation = each runner's newest samples; val_mae = mean of the unconditioned and conditioned errors");
        lines.Add("epoch\ttrain_loss\ttrain_mae\tval_mae\tval_mae_unconditioned\tval_mae_conditioned\tbest\telapsed_s\taveraged_epochs");
        return string.Join('\n', lines) + "\n";
    }

    private static string LogLine(ModelEpoch e) => string.Join(
        '\t',
        e.Epoch.ToString(CultureInfo.InvariantCulture),
        F(e.TrainLoss, "0.00000"),
        F(e.TrainMae, "0.000"),
        F(e.ValidationMae, "0.000"),
        F(e.ValidationMaeUnconditioned, "0.000"),
        F(e.ValidationMaeConditioned, "0.000"),
        e.IsBest ? "*" : string.Empty,
        F(e.Elapsed.TotalSeconds, "0.0"),
        e.AveragedEpochs.ToString(CultureInfo.InvariantCulture)) + "\n";

    private static string F(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? string.Empty;
}
