using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Services.Planning;

namespace WorkoutGenerator.Services.Application;

/// <summary>
/// The pace of a run at a slot on the runner's wall clock, from the saved Transformer. The range is the prediction ±
/// the back-test's calibrated half-width, or the ensemble's spread before any back-test; when the Transformer did
/// not beat the best baseline there, that baseline's answer too.
/// </summary>
public sealed class PredictUseCase
{
    /// <summary>The option or form field the day of a prediction comes from, named where it is out of bounds.</summary>
    public const string AtField = "--at";

    private readonly Workspace _workspace;

    internal PredictUseCase(Workspace workspace) => _workspace = workspace;

    /// <summary>
    /// The pace of a run at <paramref name="atLocal"/> on the runner's clock (default: tomorrow at the time of the
    /// last run), with its range and how the model did against the baselines.
    /// </summary>
    /// <exception cref="UserFacingException">The day is out of bounds (<see cref="DateBounds"/>), no model, no runs.</exception>
    public PredictionResult Run(DateTime? atLocal = null, CancellationToken cancellationToken = default)
    {
        var (zone, runs) = _workspace.LoadRuns();
        // Today on the runner's clock, as for next and plan, not the computer's.
        if (atLocal is { } day && DateBounds.Check(DateOnly.FromDateTime(day), _workspace.TodayOn(zone), "The day to predict for") is { } outOfBounds)
        {
            throw new UserFacingException(outOfBounds, AtField);
        }

        var (loaded, metadata) = _workspace.Models.Load();
        using var predictor = loaded;
        var dataset = PaceDatasetBuilder.Build(runs.Localized(zone.Zone));
        if (dataset.History.Count == 0)
        {
            throw new UserFacingException("No runs to predict from. Import an export first: workoutgen import <path>");
        }

        var at = atLocal ?? DefaultSlot(dataset.History, zone.Zone);
        var sample = dataset.Query(zone.Zone.ToInstant(at), at)
            ?? throw new UserFacingException($"No run in the 7 days before {at:yyyy-MM-dd HH:mm}: the model predicts from the previous week's runs.");
        var members = predictor.PredictMembers(sample);
        var mean = members.Average();
        var backTest = metadata.LastBackTest;
        var calibrated = backTest?.RangeHalfWidthSecondsPerKm;
        var (low, high) = calibrated is { } width ? (mean - width, mean + width) : (members.Min(), members.Max());
        double? baseline = null;
        if (backTest is { TransformerBeatsBestBaseline: false, BestBaseline: { } name })
        {
            cancellationToken.ThrowIfCancellationRequested();
            baseline = BaselineFit.Of(name, dataset, cancellationToken).PredictSecondsPerKm(sample);
        }

        return new PredictionResult(
            at,
            mean,
            low,
            high,
            members,
            calibrated is null ? null : backTest!.RangeCoverage,
            backTest?.TransformerBeatsBestBaseline,
            backTest?.BestBaseline,
            baseline,
            backTest?.Models.FirstOrDefault(m => m.Name == TransformerPacePredictor.ModelName)?.MaeSecondsPerKm,
            backTest?.Models.FirstOrDefault(m => m.Name == backTest.BestBaseline)?.MaeSecondsPerKm);
    }

    /// <summary>Tomorrow on the runner's clock, at the time of day of their last run with a known start (else 07:00).</summary>
    private DateTime DefaultSlot(IReadOnlyList<Run> history, IRunnerTimeZone zone)
    {
        var today = zone.ToLocal(_workspace.Time.GetUtcNow()).Date;
        var timeOfDay = history.LastOrDefault(r => r.StartLocal is { } local && local.TimeOfDay != PaceFeatures.HiddenTimeOfDay)?.StartLocal!.Value.TimeOfDay
            ?? TimeSpan.FromHours(7);
        return today.AddDays(1) + timeOfDay;
    }
}
