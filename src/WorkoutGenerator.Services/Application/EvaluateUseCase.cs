using System.Diagnostics;
using WorkoutGenerator.Model.Evaluation;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Services.Races;
using BackTestProgress = WorkoutGenerator.Services.Modeling.BackTestProgress;

namespace WorkoutGenerator.Services.Application;

/// <summary>
/// The rolling-origin back-test of the Transformer and every baseline on the same samples, without and with the
/// plan, stored with the model; then the race back-test, formulas over the same runs (seconds beside the pace
/// back-test's minutes).
/// </summary>
public sealed class EvaluateUseCase
{
    private readonly Workspace _workspace;

    internal EvaluateUseCase(Workspace workspace) => _workspace = workspace;

    /// <summary>
    /// Back-tests the Transformer fine-tuned from the pre-trained weights in every fold, with
    /// <see cref="EvaluationRequest.Scratch"/> the same Transformer trained from scratch ("transformer_scratch", so the
    /// gain of pre-training shows), and every baseline; a cancel stores nothing.
    /// </summary>
    public EvaluationOutcome Run(EvaluationRequest request, IProgress<BackTestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        _workspace.RequireWritable("Evaluate");
        var options = request.Training.ToOptions();
        var backTest = new BackTestOptions { FoldLength = request.FoldDays is { } d ? TimeSpan.FromDays(d) : null };
        var runs = _workspace.LoadRuns().Runs;
        var store = _workspace.Models;

        // A damaged model or another database's is said before the back-test's minutes, not after them.
        store.ReadVerified();
        var watch = Stopwatch.StartNew();
        using var pretrained = PretrainedWeights.For(options);
        var report = BackTest.Run(runs, BackTestModels.Factories(options, pretrained, request.Scratch), backTest, BackTestProgress.ForBackTest(progress), cancellationToken);
        var summary = BackTestSummaries.Of(report, _workspace.Time.GetUtcNow());
        BackTestSamplesFile.Write(store, BackTestSamples.Of(report, summary.EvaluatedAtUtc));
        store.WriteMetadata((store.ReadVerified() ?? new ModelMetadata()) with { LastBackTest = summary });
        var result = new EvaluationResult(EvaluationReport.From(report), summary, watch.Elapsed, RaceReport.Of(runs, cancellationToken)) { Source = report };
        return new EvaluationOutcome(result, TransformerSetup.Of(options));
    }
}
