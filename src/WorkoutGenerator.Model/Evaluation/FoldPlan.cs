using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Model.Features;

namespace WorkoutGenerator.Model.Evaluation;

/// <summary>A fold: the test samples [Start, End) of the dataset, all predicted by models fitted before Start.</summary>
internal readonly record struct Fold(int Start, int End);

internal static class FoldPlan
{
    /// <summary>
    /// The test period starts at the newest <see cref="BackTestOptions.TestFraction"/> of samples; samples that
    /// share its first start time join it, so a fold never splits runs that started at the same instant.
    /// A fold spans <see cref="BackTestOptions.FoldLength"/> from its first sample; empty spans are skipped.
    /// </summary>
    public static IReadOnlyList<Fold> Create(IReadOnlyList<PaceSample> samples, BackTestOptions options)
    {
        var testCount = Math.Max(1, (int)Math.Round(samples.Count * options.TestFraction, MidpointRounding.AwayFromZero));
        var start = Math.Max(0, samples.Count - testCount);
        while (start > 0 && samples[start - 1].StartUtc == samples[start].StartUtc)
        {
            start--;
        }

        // A history too short is the runner's situation, not a bug: said as such, never as "please report".
        if (start < options.MinTrainingSamples)
        {
            throw new UserFacingException(
                $"Only {samples.Count} runs have a run in the 7 days before them, {start} of them before the back-test's test period; it needs at least {options.MinTrainingSamples} there to train on. Import more runs first.");
        }

        var folds = new List<Fold>();
        while (start < samples.Count)
        {
            var end = start;
            var foldEnd = samples[start].StartUtc + options.FoldLength;
            while (end < samples.Count && samples[end].StartUtc < foldEnd)
            {
                end++;
            }

            folds.Add(new Fold(start, end));
            start = end;
        }

        return folds;
    }
}
