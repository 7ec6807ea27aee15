using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Import.Strava;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Benchmarks;

/// <summary>
/// Importing the largest real activities.csv (nz-harcombe: 1,726 rows, 1,632 usable runs): the CSV alone, the CSV
/// with the activity files its rows name (30 of them are in the export), and the whole import into a fresh SQLite
/// file. Runs per second = 1,632 / mean time.
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private string _csv = "";
    private string _folder = "";
    private int _run;

    [GlobalSetup]
    public void Setup()
    {
        _csv = TestData.StravaPath("nz-harcombe", "activities.csv");
        _folder = Directory.CreateTempSubdirectory("workoutgen-bench-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public int ReadCsvOnly() => new StravaExportReader(new StravaExportReaderOptions { ReadActivityFiles = false }).Read(_csv).Runs.Count;

    [Benchmark]
    public int ReadCsvAndActivityFiles() => new StravaExportReader().Read(_csv).Runs.Count;

    [Benchmark]
    public int ImportIntoNewDatabase()
    {
        var path = Path.Combine(_folder, $"import-{_run++}.db");
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        using var workspace = Workspace.Open(new WorkspaceOptions(path, time), WorkspaceAccess.Create);
        return workspace.Import.Run(_csv).RunsImported;
    }
}
