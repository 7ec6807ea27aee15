using BenchmarkDotNet.Attributes;
using WorkoutGenerator.Web;

namespace WorkoutGenerator.Benchmarks;

/// <summary>
/// Each dashboard page served over HTTP by the real host (Kestrel on 127.0.0.1) for a history of 5,000+ runs: the
/// demo athlete's generator run over twenty years (<see cref="FiveThousandRuns"/>). The
/// time is the whole request as a browser makes it (routing, the API's reads, rendering, the response); the
/// target is under 200 ms a page.
/// </summary>
[Config(typeof(InProcessConfig))]
[MemoryDiagnoser]
public class DashboardBenchmarks
{
    private string folder = "";
    private DashboardHost? host;
    private HttpClient client = new();

    [Params("/", "/runs", "/runs?sort=pace&dir=asc&type=easy", "/plan", "/plan/workoutgen-plan.ics", "/model", "/import")]
    public string Page { get; set; } = "/";

    [GlobalSetup]
    public void Setup()
    {
        (folder, var database) = FiveThousandRuns.Create();
        host = DashboardHost.StartAsync(new DashboardOptions { DatabasePath = database, Port = 0, Time = TimeProvider.System }).GetAwaiter().GetResult();
        client = new HttpClient { BaseAddress = host.Url };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        client.Dispose();
        host?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        FiveThousandRuns.Delete(folder);
    }

    [Benchmark]
    public async Task<int> Serve()
    {
        using var response = await client.GetAsync(Page);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }
}
