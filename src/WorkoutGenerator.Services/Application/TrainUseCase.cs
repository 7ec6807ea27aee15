using System.Diagnostics;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Model.Evaluation;
using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Services.Modeling;
using TrainingProgress = WorkoutGenerator.Services.Modeling.TrainingProgress;
using TrainingSummary = WorkoutGenerator.Services.Modeling.TrainingSummary;

namespace WorkoutGenerator.Services.Application;

/// <summary>
/// Trains the pace Transformer on the whole stored history, chronologically: the newest samples (as many as the
/// back-test would hold out) are the validation window for early stopping; nothing later is ever trained on before
/// earlier data. Saves the model in the database's own folder beside it, whole or not at all.
/// </summary>
public sealed class TrainUseCase
{
    private readonly Workspace _workspace;

    internal TrainUseCase(Workspace workspace) => _workspace = workspace;

    /// <summary>
    /// Trains and saves the model; a cancel after the first epoch keeps the best weights so far
    /// (<see cref="TrainingSummary.Cancelled"/>).
    /// </summary>
    /// <exception cref="UserFacingException">Too little history, damaged pre-trained weights, a full disk.</exception>
    public TrainingOutcome Run(TrainingRequest request, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Run(request.ToOptions(), progress, cancellationToken);
    }

    /// <summary>Trains with options already made (the demo's smaller budget, tests' tiny model).</summary>
    internal TrainingOutcome Run(TransformerTrainingOptions options, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        _workspace.RequireWritable("Train");
        var watch = Stopwatch.StartNew();
        var store = _workspace.Models;
        var dataset = PaceDatasetBuilder.Build(_workspace.LoadRuns().Runs);
        var set = TrainingSet(dataset);
        var previous = store.ReadReplaceableMetadata();
        using var pretrained = PretrainedWeights.For(options);
        using var predictor = new TransformerPacePredictor(options, TrainingProgress.ForTrainer(progress), pretrained);
        var summary = predictor.Train(set, cancellationToken);
        var metadata = store.Save(predictor, (state, files) => (previous ?? new ModelMetadata()) with
        {
            DatabaseId = store.DatabaseId,
            TrainedAtUtc = _workspace.Time.GetUtcNow(),
            Data = new DataRange(dataset.History[0].StartUtc, dataset.History[^1].StartUtc, dataset.History.Count, set.Train.Count, set.Validation.Count),
            Model = state,
            WeightFiles = files,
            Libraries = Versions(),
        });
        var notice = previous?.Model is null && File.Exists(Path.Combine(store.SharedDirectory, ModelStore.MetadataFile))
            ? $"The model in {store.SharedDirectory} is no longer used: that folder was shared by every database beside it. Each database now has its own model folder; delete the old one when you like."
            : null;
        var result = new TrainResult(TrainingSummary.From(summary), metadata, store.Directory, watch.Elapsed, notice);
        return new TrainingOutcome(result, TransformerSetup.Of(options));
    }

    private static PaceTrainingSet TrainingSet(PaceDataset dataset)
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

    private static LibraryVersions Versions() => new(
        typeof(TorchSharp.torch).Assembly.GetName().Version?.ToString() ?? "unknown",
        TorchSharp.torch.__version__,
        Environment.Version.ToString());
}
