namespace WorkoutGenerator.Model.Prediction;

/// <summary>The Cholesky solve of a symmetric positive definite system, for the closed-form ridge fits.</summary>
internal static class Cholesky
{
    /// <summary>Solves A·b = m for symmetric positive definite A, of which only the lower triangle is filled.</summary>
    public static double[] Solve(double[,] a, double[] m)
    {
        var p = m.Length;
        var l = new double[p, p];
        for (var j = 0; j < p; j++)
        {
            for (var k = 0; k <= j; k++)
            {
                var sum = a[j, k];
                for (var q = 0; q < k; q++)
                {
                    sum -= l[j, q] * l[k, q];
                }

                if (j == k)
                {
                    if (sum <= 0)
                    {
                        throw new InvalidOperationException("The system is not positive definite.");
                    }

                    l[j, j] = Math.Sqrt(sum);
                }
                else
                {
                    l[j, k] = sum / l[k, k];
                }
            }
        }

        var forward = new double[p];
        for (var j = 0; j < p; j++)
        {
            var sum = m[j];
            for (var q = 0; q < j; q++)
            {
                sum -= l[j, q] * forward[q];
            }

            forward[j] = sum / l[j, j];
        }

        var b = new double[p];
        for (var j = p - 1; j >= 0; j--)
        {
            var sum = forward[j];
            for (var q = j + 1; q < p; q++)
            {
                sum -= l[q, j] * b[q];
            }

            b[j] = sum / l[j, j];
        }

        return b;
    }
}
