using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Services.Application;

/// <summary>The stored runs as stored, oldest first (a run without a local start keeps its UTC start).</summary>
public sealed class RunQueries
{
    private readonly Workspace _workspace;

    internal RunQueries(Workspace workspace) => _workspace = workspace;

    /// <summary>The runs <paramref name="filter"/> keeps (default: all), oldest first.</summary>
    public IReadOnlyList<Run> List(RunFilter? filter = null)
    {
        filter ??= RunFilter.All;
        var activities = _workspace.Database.Activities;
        if (filter is { From: null, To: null, Type: null })
        {
            return filter.Last is { } last ? activities.GetLastRuns(last) : activities.GetRuns();
        }

        var kept = activities.GetRuns().Where(run => Keeps(filter, run)).ToList();
        return filter.Last is { } newest ? kept.TakeLast(newest).ToList() : kept;
    }

    /// <summary>The stored run rows left out as damaged (which row, what is wrong), oldest first; usually none.</summary>
    public IReadOnlyList<StoredRunDamage> Damaged() =>
        _workspace.Database.Activities.GetDamagedRuns().Select(d => new StoredRunDamage(d.Row, d.Problem)).ToList();

    /// <summary>How many runs are stored.</summary>
    public int Count() => _workspace.Database.Activities.CountRuns();

    private static bool Keeps(RunFilter filter, Run run)
    {
        var day = DateOnly.FromDateTime(run.WallClockStart());
        return (filter.From is not { } from || day >= from)
            && (filter.To is not { } to || day <= to)
            && (filter.Type is not { } type || run.WorkoutType == type);
    }
}
