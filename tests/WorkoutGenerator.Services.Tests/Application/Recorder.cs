namespace WorkoutGenerator.Services.Tests.Application;

/// <summary>A progress that keeps every report, synchronously (Progress&lt;T&gt; would post them to a thread pool).</summary>
internal sealed class Recorder<T> : IProgress<T>
{
    public List<T> Seen { get; } = [];

    public void Report(T value) => Seen.Add(value);
}
