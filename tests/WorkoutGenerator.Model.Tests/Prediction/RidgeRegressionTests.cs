using WorkoutGenerator.Model.Prediction;

namespace WorkoutGenerator.Model.Tests.Prediction;

public sealed class RidgeRegressionTests
{
    [Fact]
    public void Should_recover_known_coefficients_without_a_penalty()
    {
        // Given y = 3 + 2·x0 - 0.5·x1 + 0·x2 exactly, on random x of different scales
        var (x, y) = Synthetic(noise: 0);

        // When it is fitted without a penalty
        var fit = RidgeRegression.Fit(x, y, lambda: 0);

        // Then it finds the coefficients and the intercept
        Assert.Equal(3, fit.Intercept, 6);
        Assert.Equal(2, fit.Coefficients[0], 6);
        Assert.Equal(-0.5, fit.Coefficients[1], 6);
        Assert.Equal(0, fit.Coefficients[2], 6);
        Assert.Equal(3 + 2 - 1, fit.Predict([1, 2, 5]), 6);
    }

    [Fact]
    public void Should_recover_coefficients_through_noise_and_shrink_them_with_a_large_penalty()
    {
        // Given the same relation with noise
        var (x, y) = Synthetic(noise: 0.1);

        // When it is fitted with the baseline's penalty and with a huge one
        var small = RidgeRegression.Fit(x, y, lambda: 1);
        var huge = RidgeRegression.Fit(x, y, lambda: 1e6);

        // Then the small penalty stays close to the truth and the huge one shrinks towards 0
        Assert.Equal(2, small.Coefficients[0], 0.05);
        Assert.Equal(-0.5, small.Coefficients[1], 0.05);
        Assert.True(Math.Abs(huge.Coefficients[0]) < 0.05, $"{huge.Coefficients[0]} is not shrunk");
    }

    [Fact]
    public void Should_refuse_rows_without_targets()
    {
        var error = Assert.Throws<ArgumentException>(() => RidgeRegression.Fit([[1.0]], [], 1));
        Assert.Equal("Ridge regression needs as many rows as targets and at least one (1 rows, 0 targets). (Parameter 'x')", error.Message);
    }

    private static (List<double[]> X, List<double> Y) Synthetic(double noise)
    {
        var random = new Random(42);
        var x = new List<double[]>();
        var y = new List<double>();
        for (var i = 0; i < 300; i++)
        {
            double[] row = [random.NextDouble() * 10, (random.NextDouble() * 200) - 100, random.NextDouble()];
            x.Add(row);
            y.Add(3 + (2 * row[0]) - (0.5 * row[1]) + (noise * ((random.NextDouble() * 2) - 1)));
        }

        return (x, y);
    }
}
