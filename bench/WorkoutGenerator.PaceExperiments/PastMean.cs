using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Model.Features;

namespace WorkoutGenerator.PaceExperiments;

/// <summary>
/// The mean of a value over a sample's past runs that pass a filter, each weighted 0.5^(age / half-life) with the age
/// in days before the sample (as <c>ewma</c> weighs runs), with how many runs it averaged; the candidate levels of
/// this tool are such means over a subset of the runs.
/// </summary>
internal static class PastMean
{
    public static (double Mean, int Count) Of(PaceSample sample, double halfLifeDays, Func<Run, bool> include, Func<Run, double> value)
    {
        double sum = 0, weight = 0;
        var count = 0;
        foreach (var run in sample.Past)
        {
            if (!include(run))
            {
                continue;
            }

            var w = Math.Pow(0.5, (sample.StartUtc - run.StartUtc).TotalDays / halfLifeDays);
            sum += w * value(run);
            weight += w;
            count++;
        }

        return (weight > 0 ? sum / weight : double.NaN, count);
    }
}
