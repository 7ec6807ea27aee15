using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Model.Features;

namespace WorkoutGenerator.Model.Prediction;

/// <summary>
/// Both questions of a regression baseline from one <c>Fit</c>: a model on <see cref="FlatFeatures.Of"/> for the
/// question without a plan, and one on <see cref="FlatFeatures.WithPlan"/> (each training run's own type and
/// distance as its plan) for the question with one. Two models rather than one with a "plan known" flag: a
/// linear model cannot let the weight of last week's pace depend on whether the type is known without
/// interaction terms, so a shared fit would answer both questions worse; and the model without a plan stays
/// exactly the one it was, so the unconditioned figures do not move. Missing values are imputed per model. A type
/// with fewer than <see cref="PaceBaselines.MinRunsOfType"/> training runs is not encoded (its one-hot column stays
/// 0, as for a type never run): fitted on one or two runs, its column would carry their noise into every answer
/// for that type, the same reason the per-type baselines fall back there.
/// </summary>
/// <param name="name">The baseline's report name, for the error when it is asked before it was fitted.</param>
/// <param name="fit">Fits one model on imputed rows of the given width and targets; returns its prediction function.</param>
internal sealed class PlanAwareRegression(string name, Func<IReadOnlyList<double[]>, IReadOnlyList<double>, int, Func<double[], double>> fit)
{
    private Func<double[], double>? _withoutPlan;
    private Func<double[], double>? _withPlan;
    private HashSet<WorkoutType> _encoded = [];

    public void Fit(PaceTrainingSet train, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(train);
        var targets = train.All.Select(s => s.TargetSecondsPerKm).ToList();
        _withoutPlan = Imputed(train.All.Select(FlatFeatures.Of).ToList(), targets, FlatFeatures.Count);
        ct.ThrowIfCancellationRequested();
        _encoded = [.. train.All.GroupBy(s => s.Target!.WorkoutType).Where(g => g.Count() >= PaceBaselines.MinRunsOfType).Select(g => g.Key)];
        _withPlan = Imputed(train.All.Select(s => PlannedRow(s.WithPlanFromTarget())).ToList(), targets, FlatFeatures.PlannedCount);
    }

    public double Predict(PaceSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (_withoutPlan is null || _withPlan is null)
        {
            throw new InvalidOperationException($"{name} predicts only after Fit.");
        }

        return sample.Slot.Planned is null ? _withoutPlan(FlatFeatures.Of(sample)) : _withPlan(PlannedRow(sample));
    }

    private double[] PlannedRow(PaceSample sample)
    {
        var row = FlatFeatures.WithPlan(sample);
        if (!_encoded.Contains(sample.Slot.Planned!.Type))
        {
            row[FlatFeatures.PlannedTypeFirst + (int)sample.Slot.Planned.Type] = 0;
        }

        return row;
    }

    private Func<double[], double> Imputed(List<double[]> rows, List<double> targets, int width)
    {
        var imputer = new ColumnImputer(rows, width);
        var model = fit(rows.Select(imputer.Fill).ToList(), targets, width);
        return row => model(imputer.Fill(row));
    }
}
