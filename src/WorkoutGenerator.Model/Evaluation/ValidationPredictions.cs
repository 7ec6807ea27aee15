using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction;

namespace WorkoutGenerator.Model.Evaluation;

/// <summary>
/// One fold's predictions of its validation samples by every model, both questions, out of sample: a model that
/// stops early and does not then train on the validation samples (<see cref="IEarlyStoppingPredictor"/>) answers as
/// fitted, any other is fitted again on the training part alone (it fits on validation too, which would make its
/// errors there look better than they are).
/// </summary>
internal sealed class ValidationPredictions(IReadOnlyList<PaceSample> samples, int models)
{
    private readonly double[][] _plain = [.. Enumerable.Range(0, models).Select(_ => new double[samples.Count])];
    private readonly double[][] _planned = [.. Enumerable.Range(0, models).Select(_ => new double[samples.Count])];
    private readonly double[] _actual = [.. samples.Select(s => s.TargetSecondsPerKm)];

    public void Add(int index, IPacePredictor fitted, Func<IPacePredictor> make, PaceTrainingSet set, CancellationToken ct)
    {
        if (samples.Count == 0)
        {
            return;
        }

        if (fitted is IEarlyStoppingPredictor { TrainsOnValidation: false })
        {
            Fill(index, fitted);
            return;
        }

        using var refitted = make();
        refitted.Fit(TrainingPartOnly(set), ct);
        Fill(index, refitted);
    }

    /// <summary>Writes the stacked column (<paramref name="column"/>) of test rows [from, to) of both questions.</summary>
    public void Stack(int from, int to, double[][] unconditioned, double[][] conditioned, int column)
    {
        var withoutPlan = Stacking.Choose(_plain, _actual);
        var withPlan = Stacking.Choose(_planned, _actual);
        for (var i = from; i < to; i++)
        {
            unconditioned[i][column] = Stacking.Combine(unconditioned[i], withoutPlan);
            conditioned[i][column] = Stacking.Combine(conditioned[i], withPlan);
        }
    }

    private void Fill(int index, IPacePredictor model)
    {
        for (var j = 0; j < samples.Count; j++)
        {
            _plain[index][j] = BackTest.Predict(model, samples[j]);
            _planned[index][j] = BackTest.Predict(model, samples[j].WithPlanFromTarget());
        }
    }

    /// <summary>The training part with the runs before the first validation sample: what a model knew before it.</summary>
    private static PaceTrainingSet TrainingPartOnly(PaceTrainingSet set)
    {
        var cutoff = set.Validation[0].StartUtc;
        return new PaceTrainingSet(set.Train, [], [.. set.History.TakeWhile(r => r.StartUtc < cutoff)]);
    }
}
