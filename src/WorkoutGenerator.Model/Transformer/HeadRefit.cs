using WorkoutGenerator.Model.Prediction;

namespace WorkoutGenerator.Model.Transformer;

/// <summary>
/// The network's linear output layer fitted again, in closed form, on one runner's own runs: what the decoder reads
/// from a week and a plan stays as pre-training and fine-tuning left it, and only the weights that turn it into a
/// pace move. Three gentle fine-tuning epochs barely move them, while a per-runner regression (the <c>gbdt</c> and
/// <c>linear</c> baselines) learns a runner's own weekly rhythm from the same runs. Fitting the last layer of a
/// pre-trained network on the target task is linear probing (Kumar et al. 2022, "Fine-tuning can distort pretrained
/// features"); the penalty pulls towards the fine-tuned head rather than towards zero, so a runner with few runs
/// keeps it (L2-SP: Li, Grandvalet and Davoine 2018, "Explicit inductive bias for transfer learning"). The loss is
/// Huber's with the fine-tuning's δ, by iteratively reweighted least squares (Holland and Welsch 1977), because
/// the back-test scores absolute errors and a GPS glitch must not pull the layer.
/// </summary>
internal static class HeadRefit
{
    /// <summary>
    /// The penalties tried, per row of the fit: from a hundredth of a row's weight to ten rows'. Which one (or none)
    /// is chosen on the runner's validation runs, the newest, which the fit did not see.
    /// </summary>
    public static IReadOnlyList<double> PenaltiesPerRow { get; } = [0.01, 0.1, 1, 10];

    /// <summary>Reweighting rounds: Huber's weights settle within a few (Holland and Welsch 1977).</summary>
    public const int Iterations = 5;

    /// <summary>
    /// The head θ (the layer's weights, then its bias) minimising Σ huber_δ(y - x·θ - b) + λ/2 ‖θ - prior‖² over
    /// <paramref name="rows"/> (each the decoder's output for one question) and <paramref name="targets"/> (the
    /// answer the network should have given, in its own scaled units).
    /// </summary>
    public static double[] Fit(IReadOnlyList<double[]> rows, IReadOnlyList<double> targets, IReadOnlyList<double> prior, double lambda, double delta)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(prior);
        if (rows.Count != targets.Count || rows.Any(r => r.Length + 1 != prior.Count))
        {
            throw new ArgumentException($"A head refit needs one target per row and rows one shorter than the prior ({rows.Count} rows, {targets.Count} targets, prior of {prior.Count}).", nameof(rows));
        }

        if (!(lambda > 0) || !double.IsFinite(lambda))
        {
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "The penalty is a finite, positive number.");
        }

        TransformerTrainingOptions.CheckPositive(delta, nameof(delta));
        var theta = prior.ToArray();
        for (var round = 0; round < Iterations; round++)
        {
            theta = WeightedRidge(rows, targets, prior, lambda, [.. rows.Select((row, i) => HuberWeight(targets[i] - Answer(row, theta), delta))]);
        }

        return theta;
    }

    /// <summary>The layer's answer to one row: x·θ plus the bias, θ's last entry.</summary>
    public static double Answer(IReadOnlyList<double> row, IReadOnlyList<double> theta)
    {
        var sum = theta[^1];
        for (var j = 0; j < row.Count; j++)
        {
            sum += row[j] * theta[j];
        }

        return sum;
    }

    /// <summary>The mean absolute error of <paramref name="theta"/> on the rows.</summary>
    public static double MeanAbsoluteError(IReadOnlyList<double[]> rows, IReadOnlyList<double> targets, IReadOnlyList<double> theta) =>
        rows.Select((row, i) => Math.Abs(targets[i] - Answer(row, theta))).Average();

    private static double HuberWeight(double residual, double delta) => Math.Abs(residual) <= delta ? 1 : delta / Math.Abs(residual);

    /// <summary>Solves (XᵀWX + λI)θ = XᵀWy + λ·prior, X each row with a 1 for the bias.</summary>
    private static double[] WeightedRidge(IReadOnlyList<double[]> rows, IReadOnlyList<double> targets, IReadOnlyList<double> prior, double lambda, double[] weights)
    {
        var p = prior.Count;
        var gram = new double[p, p];
        var moment = new double[p];
        var x = new double[p];
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].CopyTo(x, 0);
            x[p - 1] = 1;
            var w = weights[i];
            for (var j = 0; j < p; j++)
            {
                moment[j] += w * x[j] * targets[i];
                for (var k = 0; k <= j; k++)
                {
                    gram[j, k] += w * x[j] * x[k];
                }
            }
        }

        for (var j = 0; j < p; j++)
        {
            gram[j, j] += lambda;
            moment[j] += lambda * prior[j];
        }

        return Cholesky.Solve(gram, moment);
    }
}
