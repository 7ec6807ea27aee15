namespace WorkoutGenerator.Model.Prediction;

/// <summary>Replaces NaN ("none known") with the column's training mean, the same for fitting and predicting.</summary>
internal sealed class ColumnImputer
{
    private readonly double[] _means;

    public ColumnImputer(IReadOnlyList<double[]> rows, int width)
    {
        _means = new double[width];
        for (var c = 0; c < width; c++)
        {
            var known = rows.Select(r => r[c]).Where(v => !double.IsNaN(v)).ToArray();
            _means[c] = known.Length > 0 ? known.Average() : 0;
        }
    }

    public double[] Fill(double[] row)
    {
        var filled = (double[])row.Clone();
        for (var c = 0; c < filled.Length; c++)
        {
            if (double.IsNaN(filled[c]))
            {
                filled[c] = _means[c];
            }
        }

        return filled;
    }
}
