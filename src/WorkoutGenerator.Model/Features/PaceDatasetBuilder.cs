using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Model.Features;

/// <summary>Turns a runner's runs into <see cref="PaceSample"/>s that see only what came before each run.</summary>
public static class PaceDatasetBuilder
{
    public static PaceDataset Build(IEnumerable<Run> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        int notTrainable = 0, noPace = 0, implausible = 0;
        var usable = new List<Run>();
        foreach (var run in runs)
        {
            ArgumentNullException.ThrowIfNull(run, nameof(runs));
            if (!run.Source.MayTrainOn())
            {
                notTrainable++;
            }
            else if (run.Distance.Meters <= 0 || run.MovingTime.TotalSeconds <= 0)
            {
                noPace++;
            }
            else if (run.Pace.SecondsPerKilometer is < PaceFeatures.FastestPlausibleSecondsPerKm or > PaceFeatures.SlowestPlausibleSecondsPerKm)
            {
                implausible++;
            }
            else
            {
                usable.Add(run);
            }
        }

        var history = usable.OrderBy(r => r.StartUtc).ThenBy(r => r.Id, StringComparer.Ordinal).ToArray();
        var samples = new List<PaceSample>();
        foreach (var run in history)
        {
            var target = new PaceTarget(run.Id, run.Pace.SecondsPerKilometer, run.WorkoutType, run.Distance);
            if (CreateSample(history, run.StartUtc, WeekTime.Of(run), target) is { } sample)
            {
                samples.Add(sample);
            }
        }

        return new PaceDataset(history, [.. samples], new PaceExclusions(notTrainable, noPace, implausible));
    }

    /// <summary>The sample for a slot starting at <paramref name="startUtc"/>, from the runs of <paramref name="history"/> strictly before it.</summary>
    internal static PaceSample? CreateSample(Run[] history, DateTimeOffset startUtc, WeekTime weekTime, PaceTarget? target)
    {
        var pastCount = FirstAtOrAfter(history, startUtc);
        var windowStart = FirstAtOrAfter(history, startUtc - PaceFeatures.Window);
        var windowCount = pastCount - windowStart;
        if (windowCount <= 0)
        {
            return null;
        }

        var tokenCount = Math.Min(windowCount, PaceFeatures.MaxTokens);
        var tokens = new PaceToken[tokenCount];
        for (var i = 0; i < tokenCount; i++)
        {
            tokens[i] = TokenOf(history[pastCount - tokenCount + i], startUtc);
        }

        var previous = history[pastCount - 1];
        var slot = new PaceSlot(startUtc, weekTime, (startUtc - previous.StartUtc).TotalDays);
        return new PaceSample(
            slot,
            new ListSlice<Run>(history, 0, pastCount),
            new ListSlice<Run>(history, windowStart, windowCount),
            tokens,
            target);
    }

    private static PaceToken TokenOf(Run run, DateTimeOffset slotStartUtc) => new(
        run.Id,
        run.StartUtc,
        run.Distance.Kilometers,
        run.Pace.SecondsPerKilometer,
        WeekTime.Of(run),
        run.ElevationGain is { } gain ? gain.Meters / run.Distance.Kilometers : null,
        run.WorkoutType,
        (slotStartUtc - run.StartUtc).TotalDays);

    /// <summary>The index of the first run starting at or after <paramref name="instant"/> (binary search on the sorted history).</summary>
    private static int FirstAtOrAfter(Run[] history, DateTimeOffset instant)
    {
        int low = 0, high = history.Length;
        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            if (history[mid].StartUtc < instant)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
