using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Model.Evaluation;

/// <summary>Mean absolute and root-mean-square error of predicted pace over <see cref="Count"/> samples.</summary>
public sealed record ErrorMetrics(int Count, double MaeSecondsPerKm, double RmseSecondsPerKm)
{
    private const double KilometersPerMile = Distance.MetersPerMile / Distance.MetersPerKilometer;

    /// <summary>A pace error of x s/km is x · 1.609344 s/mi.</summary>
    public double MaeSecondsPerMile => MaeSecondsPerKm * KilometersPerMile;

    public double RmseSecondsPerMile => RmseSecondsPerKm * KilometersPerMile;

    public static ErrorMetrics Of(IReadOnlyList<double> predicted, IReadOnlyList<double> actual)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(actual);
        if (predicted.Count == 0 || predicted.Count != actual.Count)
        {
            throw new ArgumentException($"Errors need as many predictions as actual values and at least one ({predicted.Count} and {actual.Count}).", nameof(predicted));
        }

        double absolute = 0, squared = 0;
        for (var i = 0; i < predicted.Count; i++)
        {
            var error = predicted[i] - actual[i];
            absolute += Math.Abs(error);
            squared += error * error;
        }

        return new ErrorMetrics(predicted.Count, absolute / predicted.Count, Math.Sqrt(squared / predicted.Count));
    }
}
