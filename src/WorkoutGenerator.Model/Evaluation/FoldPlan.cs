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
    /// By default it is cut by count of test runs (<see cref="ByCount"/>); with
    /// <see cref="BackTestOptions.FoldLength"/> set, into spans of that length (<see cref="ByLength"/>).
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

        return options.FoldLength is { } length ? ByLength(samples, start, length) : ByCount(samples, start, options);
    }

    /// <summary>
    /// As many folds as the test period holds <see cref="BackTestOptions.MinTestRunsPerFold"/> runs, at most
    /// <see cref="BackTestOptions.MaxFolds"/>, of near-equal counts; a boundary moves later past runs that share
    /// its start time, and a fold left empty by that is dropped.
    /// </summary>
    private static List<Fold> ByCount(IReadOnlyList<PaceSample> samples, int start, BackTestOptions options)
    {
        var testCount = samples.Count - start;
        var count = Math.Clamp(testCount / options.MinTestRunsPerFold, 1, options.MaxFolds);
        var folds = new List<Fold>(count);
        var from = start;
        for (var k = 1; k <= count && from < samples.Count; k++)
        {
            var end = start + (int)((long)k * testCount / count);
            while (end > from && end < samples.Count && samples[end - 1].StartUtc == samples[end].StartUtc)
            {
                end++;
            }

            if (end > from)
            {
                folds.Add(new Fold(from, end));
                from = end;
            }
        }

        return folds;
    }

    /// <summary>Spans of <paramref name="length"/> from each fold's first sample; empty spans are skipped.</summary>
    private static List<Fold> ByLength(IReadOnlyList<PaceSample> samples, int start, TimeSpan length)
    {
        var folds = new List<Fold>();
        while (start < samples.Count)
        {
            var end = start;
            var foldEnd = samples[start].StartUtc + length;
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
