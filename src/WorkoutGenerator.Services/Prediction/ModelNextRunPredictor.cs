using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction;

namespace WorkoutGenerator.Services.Prediction;

/// <summary>
/// Lets `next` and `plan` ask a back-tested pace model (the Transformer, or the baseline that beat it) for the pace
/// of a slot. The model predicts from the week before the slot, so a slot with no run in the 7 days before it
/// falls back to <see cref="RecentPacePredictor"/>, and the prediction says so. The slot is on the runner's wall
/// clock; its UTC instant (which places it among the runs, true UTC starts all) comes from the runner's zone. A plan's
/// question carries the planned type and distance to the model (<see cref="PaceSample.WithPlan"/>), and its range is
/// the one calibrated on the back-test's question with the plan when there is one. It owns its model: disposing it
/// frees a Transformer's native weights.
/// </summary>
internal sealed class ModelNextRunPredictor : INextRunPacePredictor
{
    private readonly Func<PaceDataset, IPacePredictor> _fit;
    private readonly Func<IPacePredictor, PaceSample, IReadOnlyList<double>> _predict;
    private readonly double? _halfWidthSecondsPerKm;
    private readonly double? _halfWidthWithPlanSecondsPerKm;
    private readonly string _method;
    private readonly IRunnerTimeZone _zone;
    private IPacePredictor? _model;
    private bool _disposed;

    /// <param name="fit">Gives the model, fitted if it needs to be, from the runner's real history at the first call.</param>
    /// <param name="predict">The model's answers for a sample: one per ensemble member, or a single value.</param>
    /// <param name="halfWidthSecondsPerKm">The range's half-width from the back-test; null to use the members' spread.</param>
    /// <param name="halfWidthWithPlanSecondsPerKm">The same for a plan's question, from the back-test's question with the plan; null to use <paramref name="halfWidthSecondsPerKm"/>.</param>
    /// <param name="zone">The runner's clock, which turns a slot into its UTC instant.</param>
    /// <param name="fitted">A model that is ready already (a loaded Transformer); it is disposed with this predictor.</param>
    public ModelNextRunPredictor(
        Func<PaceDataset, IPacePredictor> fit,
        Func<IPacePredictor, PaceSample, IReadOnlyList<double>> predict,
        double? halfWidthSecondsPerKm,
        double? halfWidthWithPlanSecondsPerKm,
        string method,
        IRunnerTimeZone zone,
        IPacePredictor? fitted = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        _zone = zone;
        _fit = fit;
        _predict = predict;
        _halfWidthSecondsPerKm = halfWidthSecondsPerKm;
        _halfWidthWithPlanSecondsPerKm = halfWidthWithPlanSecondsPerKm;
        _method = method;
        _model = fitted;
    }

    public void Dispose()
    {
        _model?.Dispose();
        _model = null;
        _disposed = true;
    }

    public PacePrediction Predict(IReadOnlyList<Run> history, DateTime slotLocal, PlanCondition? planned = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var dataset = PaceDatasetBuilder.Build(history.Localized(_zone));

        // Fitted once, on the history as first asked: a plan rolls its own planned runs forward into later calls,
        // and the model must not learn from those.
        _model ??= _fit(dataset);
        if (dataset.Query(_zone.ToInstant(slotLocal), slotLocal) is not { } sample)
        {
            var fallback = new RecentPacePredictor().Predict(history, slotLocal, planned);
            return fallback with { Method = fallback.Method + $" (no run in the 7 days before: {_method} needs the previous week)" };
        }

        if (planned is not null)
        {
            sample = sample.WithPlan(planned);
        }

        var members = _predict(_model, sample);
        var mean = members.Average();
        var calibrated = planned is null ? _halfWidthSecondsPerKm : _halfWidthWithPlanSecondsPerKm ?? _halfWidthSecondsPerKm;
        var half = calibrated ?? (members.Max() - members.Min()) / 2;

        // A zero-width range says more than the model knows: keep at least ±1 %.
        half = Math.Max(half, mean * 0.01);
        return new PacePrediction(
            Pace.FromSecondsPerKilometer(mean),
            Pace.FromSecondsPerKilometer(Math.Max(mean - half, mean * 0.5)),
            Pace.FromSecondsPerKilometer(mean + half),
            _method);
    }
}
