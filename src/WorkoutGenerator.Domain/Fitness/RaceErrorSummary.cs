using WorkoutGenerator.Domain.Training;

namespace WorkoutGenerator.Domain.Fitness;

/// <summary>
/// The errors of one method on a set of replayed races: how many it answered, the median absolute error, the median
/// bias (positive: too slow), the share within 3% and 5%, and the 80th percentile of the absolute error (the band).
/// </summary>
public sealed record RaceErrorSummary(string Method, int Races, double MedianAbsoluteError, double MedianBias, double Within3, double Within5, double Band80)
{
    private const double Tolerance = 1e-9;

    /// <summary>Null when the method answered none of <paramref name="replays"/>.</summary>
    public static RaceErrorSummary? Of(string method, IEnumerable<RaceReplay> replays)
    {
        ArgumentNullException.ThrowIfNull(replays);
        var errors = replays.Where(r => r.Method == method).Select(r => r.Error).OfType<double>().ToList();
        if (errors.Count == 0)
        {
            return null;
        }

        // Errors are ratios of times rounded to the second: a hair over 3% by floating point is within 3%.
        var absolute = errors.Select(Math.Abs).Order().ToList();
        return new RaceErrorSummary(
            method,
            errors.Count,
            Quantiles.Of(absolute, 0.5),
            Quantiles.Of(errors.Order().ToList(), 0.5),
            absolute.Count(e => e <= 0.03 + Tolerance) / (double)errors.Count,
            absolute.Count(e => e <= 0.05 + Tolerance) / (double)errors.Count,
            Quantiles.Of(absolute, 0.8));
    }
}
