using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using WorkoutGenerator.Testing;
using WorkoutGenerator.Import.ActivityFiles;

namespace WorkoutGenerator.Benchmarks;

/// <summary>
/// Each reader over every real file of its format in shared/data/strava, uncompressed in memory first (so gzip
/// is not measured): one operation reads them all. The MB/s column is uncompressed bytes / mean time.
/// Run: dotnet run -c Release --project bench/WorkoutGenerator.Benchmarks -- --filter '*ActivityReader*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ActivityReaderBenchmarks
{
    private static readonly Dictionary<string, long> BytesPerOperation = [];

    private byte[][] _fit = [];
    private byte[][] _gpx = [];
    private byte[][] _tcx = [];

    [GlobalSetup]
    public void Setup()
    {
        _fit = Load("fit");
        _gpx = Load("gpx");
        _tcx = Load("tcx");
        BytesPerOperation[nameof(Fit)] = _fit.Sum(f => (long)f.Length);
        BytesPerOperation[nameof(Gpx)] = _gpx.Sum(f => (long)f.Length);
        BytesPerOperation[nameof(Tcx)] = _tcx.Sum(f => (long)f.Length);
    }

    [Benchmark]
    public int Fit() => ReadAll(".fit", _fit);

    [Benchmark]
    public int Gpx() => ReadAll(".gpx", _gpx);

    [Benchmark]
    public int Tcx() => ReadAll(".tcx", _tcx);

    private static int ReadAll(string extension, byte[][] files)
    {
        var reader = ActivityFileReaders.For("x" + extension)!;
        var samples = 0;
        foreach (var file in files)
        {
            samples += reader.Read(file).Samples.Count;
        }

        return samples;
    }

    private static byte[][] Load(string format) =>
        Directory.EnumerateFiles(TestData.Strava, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith("." + format, StringComparison.OrdinalIgnoreCase) || f.EndsWith("." + format + ".gz", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f =>
            {
                using var stream = File.OpenRead(f);
                return ActivityFileReaders.ReadContent(stream, f.EndsWith(".gz", StringComparison.OrdinalIgnoreCase));
            })
            .ToArray();

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new ThroughputColumn());
    }

    private sealed class ThroughputColumn : IColumn
    {
        public string Id => "MBps";

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Uncompressed megabytes (10^6) read per second";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var name = benchmarkCase.Descriptor.WorkloadMethod.Name;
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            var bytes = BytesPerOperation.GetValueOrDefault(name);
            if (bytes == 0)
            {
                // The column is computed in the host process, which never ran the setup: measure the input here.
                bytes = Load(name.ToLowerInvariant()).Sum(f => (long)f.Length);
            }

            return mean is { } ns && ns > 0 ? (bytes / 1e6 / (ns / 1e9)).ToString("0.0", CultureInfo.InvariantCulture) : "-";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
