namespace WorkoutGenerator.Model.Evaluation;

/// <summary>
/// "stacked": in every fold and for each question on its own, the model, or the equal-weight mean of two models,
/// with the lowest mean absolute error on that fold's validation samples (the newest runs before the fold) answers
/// the fold. A combination chosen per runner on data before the period it predicts (Wolpert 1992, stacked
/// generalisation; equal weights because a mean of two forecasts is rarely beaten by fitted weights on a few dozen
/// samples: Claeskens et al. 2016, "the forecast combination puzzle"). It is its own model in the report, never
/// "transformer".
/// </summary>
internal static class Stacking
{
    public const string ModelName = "stacked";

    /// <summary>The pair of model indices (equal for a single model) with the lowest validation MAE; (0, 0) without validation samples.</summary>
    /// <param name="predictions">Per model, its prediction of each validation sample.</param>
    public static (int First, int Second) Choose(IReadOnlyList<double[]> predictions, IReadOnlyList<double> actual)
    {
        if (actual.Count == 0)
        {
            return (0, 0);
        }

        var best = (First: 0, Second: 0);
        var bestError = double.PositiveInfinity;
        for (var a = 0; a < predictions.Count; a++)
        {
            for (var b = a; b < predictions.Count; b++)
            {
                var error = 0.0;
                for (var j = 0; j < actual.Count; j++)
                {
                    error += Math.Abs(((predictions[a][j] + predictions[b][j]) / 2) - actual[j]);
                }

                if (error < bestError)
                {
                    bestError = error;
                    best = (a, b);
                }
            }
        }

        return best;
    }

    public static double Combine(IReadOnlyList<double> row, (int First, int Second) choice) => (row[choice.First] + row[choice.Second]) / 2;
}
