namespace WorkoutGenerator.Model.Prediction;

/// <summary>
/// Multiple linear regression with an L2 penalty, solved in closed form: β = (XᵀX + λI)⁻¹Xᵀy on standardised
/// columns and a centred target, so λ weighs every feature alike and the intercept is not shrunk.
/// </summary>
public sealed class RidgeRegression
{
    private RidgeRegression(double[] means, double[] scales, double[] standardizedCoefficients, double targetMean)
    {
        Coefficients = standardizedCoefficients.Select((b, j) => b / scales[j]).ToArray();
        Intercept = targetMean - Coefficients.Select((b, j) => b * means[j]).Sum();
    }

    /// <summary>Coefficients in the features' own units.</summary>
    public IReadOnlyList<double> Coefficients { get; }

    public double Intercept { get; }

    public static RidgeRegression Fit(IReadOnlyList<double[]> x, IReadOnlyList<double> y, double lambda)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count == 0 || x.Count != y.Count)
        {
            throw new ArgumentException($"Ridge regression needs as many rows as targets and at least one ({x.Count} rows, {y.Count} targets).", nameof(x));
        }

        if (!(lambda >= 0) || !double.IsFinite(lambda))
        {
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "The penalty is a finite, non-negative number.");
        }

        var n = x.Count;
        var p = x[0].Length;
        var means = new double[p];
        var scales = new double[p];
        for (var j = 0; j < p; j++)
        {
            means[j] = x.Average(r => r[j]);
            var variance = x.Sum(r => (r[j] - means[j]) * (r[j] - means[j])) / n;
            scales[j] = variance > 1e-12 ? Math.Sqrt(variance) : 1;
        }

        var targetMean = y.Average();
        var gram = new double[p, p];
        var moment = new double[p];
        var z = new double[p];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < p; j++)
            {
                z[j] = (x[i][j] - means[j]) / scales[j];
            }

            var centred = y[i] - targetMean;
            for (var j = 0; j < p; j++)
            {
                moment[j] += z[j] * centred;
                for (var k = 0; k <= j; k++)
                {
                    gram[j, k] += z[j] * z[k];
                }
            }
        }

        for (var j = 0; j < p; j++)
        {
            // A tiny floor keeps the system solvable for a constant column even when λ is 0.
            gram[j, j] += lambda + 1e-9;
        }

        return new RidgeRegression(means, scales, Cholesky.Solve(gram, moment), targetMean);
    }

    public double Predict(IReadOnlyList<double> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var sum = Intercept;
        for (var j = 0; j < Coefficients.Count; j++)
        {
            sum += Coefficients[j] * row[j];
        }

        return sum;
    }
}
