using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace WorkoutGenerator.Benchmarks;

/// <summary>
/// Runs a benchmark in this process: a separate build would copy TorchSharp's 1 GB of native libraries again, and
/// the dashboard's benchmarks start a Kestrel host, which gains nothing from process isolation.
/// </summary>
public sealed class InProcessConfig : ManualConfig
{
    public InProcessConfig() =>
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15));
}
