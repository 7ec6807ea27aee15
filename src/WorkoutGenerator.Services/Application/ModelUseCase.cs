using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Model.Evaluation;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Services.Planning;
using WorkoutGenerator.Services.TimeZones;
using BackTestProgress = WorkoutGenerator.Services.Modeling.BackTestProgress;
using TrainingProgress = WorkoutGenerator.Services.Modeling.TrainingProgress;

namespace WorkoutGenerator.Services.Application;

/// <summary>The pace Transformer over the stored runs, saved in the database's own model folder beside it.</summary>
public sealed class ModelUseCase
{
    /// <summary>The option or form field the day of a prediction comes from, named where it is out of bounds.</summary>
    public const string AtField = "--at";

    private readonly Workspace workspace;

    internal ModelUseCase(Workspace workspace) => this.workspace = workspace;

    /// <summary>
    /// Trains on the whole history and saves the model; a cancel after the first epoch keeps the best weights so far
    /// (<see cref="TrainingSummary.Cancelled"/>).
    /// </summary>
    public TrainingOutcome Train(TrainingRequest request, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Train(request.ToOptions(), progress, cancellationToken);
    }

    /// <summary>The rolling-origin back-test of the Transformer and every baseline; stored with the model.</summary>
    public EvaluationOutcome Evaluate(EvaluationRequest request, IProgress<BackTestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        workspace.RequireWritable("Evaluate");
        var options = request.Training.ToOptions();
        var backTest = new BackTestOptions { FoldLength = request.FoldDays is { } d ? TimeSpan.FromDays(d) : null };
        var runs = workspace.LoadRuns().Runs;
        var result = Service.Evaluate(runs, ModelStore.For(workspace.Database), options, backTest, progress, cancellationToken, request.Scratch);
        return new EvaluationOutcome(result, TransformerSetup.Of(options));
    }

    /// <summary>
    /// The pace of a run at <paramref name="atLocal"/> on the runner's clock (default: tomorrow at the time of the
    /// last run), with its range and how the model did against the baselines.
    /// </summary>
    /// <exception cref="UserFacingException">The day is out of bounds (<see cref="DateBounds"/>), no model, no runs.</exception>
    public PredictionResult Predict(DateTime? atLocal = null, CancellationToken cancellationToken = default)
    {
        var (zone, runs) = workspace.LoadRuns();
        // Today on the runner's clock, as for next and plan, not the computer's.
        var today = DateOnly.FromDateTime(zone.Zone.ToLocal(workspace.Time.GetUtcNow()));
        if (atLocal is { } at && DateBounds.Check(DateOnly.FromDateTime(at), today, "The day to predict for") is { } outOfBounds)
        {
            throw new UserFacingException(outOfBounds, AtField);
        }

        return Service.Predict(runs, zone.Zone, ModelStore.For(workspace.Database), atLocal, cancellationToken);
    }

    /// <summary>Trains with options already made (the demo's smaller budget).</summary>
    internal TrainingOutcome Train(TransformerTrainingOptions options, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        workspace.RequireWritable("Train");
        var runs = workspace.LoadRuns().Runs;
        var result = Service.Train(runs, ModelStore.For(workspace.Database), options, progress, cancellationToken);
        return new TrainingOutcome(result, TransformerSetup.Of(options));
    }

    private ModelService Service => new(workspace.Time);
}
