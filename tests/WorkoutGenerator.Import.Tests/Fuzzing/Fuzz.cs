using System.Globalization;

namespace WorkoutGenerator.Import.Tests.Fuzzing;

/// <summary>
/// How long the fuzz tests run, and the time bound on one input. The tests run a CI-sized number of inputs;
/// WORKOUTGEN_FUZZ_ITERATIONS=N runs N inputs per test case instead (docs/fuzzing.md). One thread: the tests
/// share the machine with others, and a long run should not take every core.
/// </summary>
internal static class Fuzz
{
    public const string IterationsVariable = "WORKOUTGEN_FUZZ_ITERATIONS";

    public const int Threads = 1;

    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(5);

    public static long Iterations(long ciSized) =>
        long.TryParse(Environment.GetEnvironmentVariable(IterationsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : ciSized;

    /// <summary>Runs <paramref name="action"/> on one input; a hang past the bound fails with <paramref name="describe"/>.</summary>
    public static void Within(Action action, Func<string> describe)
    {
        var task = Task.Run(action);
        if (!task.Wait(PerInput))
        {
            throw new TimeoutException($"Over {PerInput.TotalSeconds} s on {describe()}");
        }
    }

    /// <summary>The first bytes of an input, enough to reproduce a failure by hand.</summary>
    public static string Hex(byte[] bytes) => Convert.ToHexString(bytes.AsSpan(0, Math.Min(64, bytes.Length)));
}
