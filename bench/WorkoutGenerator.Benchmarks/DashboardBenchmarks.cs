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
    private string _folder = "";
    private DashboardHost? _host;
    private HttpClient _client = new();

    [Params("/", "/runs", "/runs?sort=pace&dir=asc&type=easy", "/plan", "/plan/workoutgen-plan.ics", "/model", "/import")]
    public string Page { get; set; } = "/";

    [GlobalSetup]
    public void Setup()
    {
        (_folder, var database) = FiveThousandRuns.Create();
        _host = DashboardHost.StartAsync(new DashboardOptions { DatabasePath = database, Port = 0, Time = TimeProvider.System }).GetAwaiter().GetResult();
        _client = new HttpClient { BaseAddress = _host.Url };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _host?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        FiveThousandRuns.Delete(_folder);
    }

    [Benchmark]
    public async Task<int> Serve()
    {
        using var response = await _client.GetAsync(Page);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }
}
