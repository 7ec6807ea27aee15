using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using WorkoutGenerator.Import.Demo;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Web;

namespace WorkoutGenerator.Benchmarks;

/// <summary>
/// Each dashboard page served over HTTP by the real host (Kestrel on 127.0.0.1) for a history of 5,000+ runs: the
/// demo athlete's generator run over twenty years, imported through the API, with a stored marathon plan. The
/// time is the whole request as a browser makes it (routing, the API's reads, rendering, the response); the
/// target is under 200 ms a page. In-process, so the 1 GB of TorchSharp natives is not copied into a second build.
/// </summary>
[Config(typeof(InProcessConfig))]
[MemoryDiagnoser]
public class DashboardBenchmarks
{
    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig() =>
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15));
    }

    public const int MinimumRuns = 5_000;

    private string folder = "";
    private DashboardHost? host;
    private HttpClient client = new();

    [Params("/", "/runs", "/runs?sort=pace&dir=asc&type=easy", "/plan", "/plan/workoutgen-plan.ics", "/model", "/import")]
    public string Page { get; set; } = "/";

    /// <summary>How many runs the database holds (printed once, so the figure can be checked against the 5,000).</summary>
    public static int Runs { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        folder = Directory.CreateTempSubdirectory("workoutgen-bench-web-").FullName;
        var time = TimeProvider.System;
        var lastDay = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var activities = DemoAthlete.Generate(new DemoAthleteOptions { Seed = 42, LastDay = lastDay, Weeks = DemoAthlete.MaxWeeks });
        var csv = Path.Combine(folder, "activities.csv");
        using (var writer = new StreamWriter(csv))
        {
            DemoAthlete.WriteCsv(writer, activities);
        }

        var database = Path.Combine(folder, "bench.db");
        using (var workspace = Workspace.Open(new WorkspaceOptions(database, time), WorkspaceAccess.Create))
        {
            workspace.Import.Run(csv);
            Runs = workspace.Runs.Count();
            if (Runs < MinimumRuns)
            {
                throw new InvalidOperationException($"The generated history has {Runs} runs, fewer than {MinimumRuns}.");
            }

            workspace.Planning.Plan(new PlanRequest(DemoUseCase.RaceDay(workspace.Today)));
        }

        host = DashboardHost.StartAsync(new DashboardOptions { DatabasePath = database, Port = 0, Time = time }).GetAwaiter().GetResult();
        client = new HttpClient { BaseAddress = host.Url };
        Console.WriteLine($"// {Runs} runs in the benchmark's database");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        client.Dispose();
        host?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark]
    public async Task<int> Serve()
    {
        using var response = await client.GetAsync(Page);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }
}
