using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Model.Features;

/// <summary>The samples of one runner's history, and what was left out of it and why.</summary>
public sealed class PaceDataset
{
    internal PaceDataset(Run[] history, PaceSample[] samples, PaceExclusions exclusions)
    {
        HistoryArray = history;
        SampleArray = samples;
        Exclusions = exclusions;
    }

    /// <summary>The usable runs, sorted by start (then id).</summary>
    public IReadOnlyList<Run> History => HistoryArray;

    /// <summary>One sample per usable run that has at least one usable run in the 7 days before it, in start order.</summary>
    public IReadOnlyList<PaceSample> Samples => SampleArray;

    public PaceExclusions Exclusions { get; }

    internal Run[] HistoryArray { get; }

    internal PaceSample[] SampleArray { get; }

    /// <summary>
    /// The question "what pace will I run at <paramref name="startUtc"/>?" as a sample with no target, from all
    /// runs before it. Null when no usable run lies in the 7 days before: the model has nothing to go on.
    /// </summary>
    public PaceSample? Query(DateTimeOffset startUtc, DateTime? startLocal)
    {
        var weekTime = WeekTime.Of(startLocal ?? startUtc.UtcDateTime, clockIsUtc: startLocal is null);
        return PaceDatasetBuilder.CreateSample(HistoryArray, startUtc, weekTime, target: null);
    }
}

/// <summary>Counts of runs the dataset left out.</summary>
/// <param name="NotTrainable">Runs whose source forbids training (Strava API data).</param>
/// <param name="NoPace">Runs without a positive distance and moving time.</param>
/// <param name="ImplausiblePace">Runs faster than 2:00 /km or slower than 30:00 /km.</param>
public sealed record PaceExclusions(int NotTrainable, int NoPace, int ImplausiblePace);
