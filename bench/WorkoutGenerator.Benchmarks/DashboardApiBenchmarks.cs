using BenchmarkDotNet.Attributes;
using WorkoutGenerator.Services.Application;

namespace WorkoutGenerator.Benchmarks;

/// <summary>
/// The API calls behind the dashboard's pages on the same 5,000+ runs, each on a fresh workspace as a request
/// makes it: what a page's time is made of (the Overview calls Weeks, Runs and Next; Runs calls Runs; Plan calls
/// Status).
/// </summary>
[Config(typeof(InProcessConfig))]
[MemoryDiagnoser]
public class DashboardApiBenchmarks
{
    private string _folder = "";
    private WorkspaceFactory _workspaces = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_folder, var database) = FiveThousandRuns.Create();
        _workspaces = new WorkspaceFactory(new WorkspaceOptions(database, TimeProvider.System));
    }

    [GlobalCleanup]
    public void Cleanup() => FiveThousandRuns.Delete(_folder);

    [Benchmark]
    public int WeeksAll()
    {
        using var workspace = _workspaces.Open(WorkspaceAccess.Read);
        return workspace.Weeks.List().Count;
    }

    [Benchmark]
    public int RunsAll()
    {
        using var workspace = _workspaces.Open(WorkspaceAccess.Read);
        return workspace.Runs.List().Count;
    }

    [Benchmark]
    public int RunsLastTen()
    {
        using var workspace = _workspaces.Open(WorkspaceAccess.Read);
        return workspace.Runs.List(new RunFilter(Last: 10)).Count;
    }

    [Benchmark]
    public DateOnly NextWorkout()
    {
        using var workspace = _workspaces.Open(WorkspaceAccess.Read);
        return workspace.Next.Run().Workout.Date;
    }

    [Benchmark]
    public int PlanStatus()
    {
        using var workspace = _workspaces.Open(WorkspaceAccess.Read);
        return workspace.PlanStatus.Run().Report.Days.Count;
    }
}
