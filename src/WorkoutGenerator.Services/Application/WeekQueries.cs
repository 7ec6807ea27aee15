using WorkoutGenerator.Domain.Analytics;
using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Services.Application;

/// <summary>Weekly volumes of the stored runs, on the runner's clock, with the empty weeks between kept.</summary>
public sealed class WeekQueries
{
    private readonly Workspace _workspace;

    internal WeekQueries(Workspace workspace) => _workspace = workspace;

    /// <summary>
    /// Every week from the first run's to the last run's, oldest first, or only the newest <paramref name="last"/>
    /// (null or 0: all). Ratios are computed over the whole history, so the first week shown has its true ratio.
    /// </summary>
    public IReadOnlyList<WeekVolume> List(int? last = null)
    {
        OptionBounds.Weeks.Check(last);
        var weeks = Summarise(_workspace.LoadRuns().Runs);
        return last is null or 0 ? weeks : weeks.TakeLast(last.Value).ToList();
    }

    /// <summary>The weeks of <paramref name="runs"/> (already on the runner's clock).</summary>
    internal static IReadOnlyList<WeekVolume> Summarise(IReadOnlyList<Run> runs) => AcuteChronicRatios.With(WeeklyVolumes.Compute(runs));
}
