using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Model.Prediction.Baselines;

namespace WorkoutGenerator.PaceExperiments;

/// <summary>
/// A candidate level for the question without a plan, measured here before any model is built on it: the
/// <c>ewma</c> of the runner's earlier runs on the slot's weekday (its own fitted half-life), when there are at least
/// <see cref="PaceBaselines.MinRunsOfType"/> of them, else the runner's <c>ewma</c>. A runner who runs the same
/// session on the same weekday has a weekday level the overall one blurs. With a plan it answers as <c>ewma</c> does.
/// </summary>
/// <param name="chosen">
/// When true the weekday level answers only if it had the lower error on the training samples than the runner's
/// <c>ewma</c>; else <c>ewma</c> answers: a choice made per runner, before the test, as a half-life is.
/// </param>
internal sealed class WeekdayEwma(bool chosen = false) : IPacePredictor
{
    private readonly EwmaPredictor _ewma = new(byPlannedType: true);
    private double _halfLife = 28;
    private bool _useWeekday = true;

    public string Name => chosen ? "ewma_weekday_chosen" : "ewma_weekday";

    public void Fit(PaceTrainingSet train, CancellationToken ct)
    {
        _ewma.Fit(train, ct);
        var best = double.PositiveInfinity;
        foreach (var halfLife in EwmaPredictor.CandidateHalfLivesDays)
        {
            var error = train.All.Average(s => Math.Abs(Weekday(s, halfLife) - s.TargetSecondsPerKm));
            if (error < best)
            {
                best = error;
                _halfLife = halfLife;
            }
        }

        _useWeekday = !chosen || best < train.All.Average(s => Math.Abs(_ewma.PredictSecondsPerKm(s) - s.TargetSecondsPerKm));
    }

    public double PredictSecondsPerKm(PaceSample sample) =>
        sample.Slot.Planned is null && _useWeekday ? Weekday(sample, _halfLife) : _ewma.PredictSecondsPerKm(sample);

    private double Weekday(PaceSample sample, double halfLife)
    {
        var day = sample.Slot.WeekTime.DayIndex;
        var (mean, count) = PastMean.Of(sample, halfLife, run => WeekTime.Of(run).DayIndex == day, run => run.Pace.SecondsPerKilometer);

        // Fit scores training samples, which carry no plan, so the fallback is the runner's level.
        return count >= PaceBaselines.MinRunsOfType && !double.IsNaN(mean) ? mean : _ewma.PredictSecondsPerKm(sample);
    }
}
