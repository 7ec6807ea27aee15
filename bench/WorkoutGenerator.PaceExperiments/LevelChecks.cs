using System.Globalization;
using WorkoutGenerator.Model.Evaluation;
using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Services.Modeling;

namespace WorkoutGenerator.PaceExperiments;

/// <summary>
/// A candidate level measured as a model of its own on every corpus runner, before any network is built on it:
/// the back-test of the given models (the question without a plan, or with it when asked), one tab-separated line per runner.
/// </summary>
internal static class LevelChecks
{
    public static void Run(
        string corpus, string heldOut, IReadOnlyList<string> excluded, int maxFolds, string header,
        IReadOnlyList<Func<IPacePredictor>> models, Func<Func<string, double>, string> describe, bool conditioned = false)
    {
        var time = TimeProvider.System;
        var loaded = PretrainingCorpus.Load(corpus, HeldOutActivities.Load(heldOut), PretrainingCorpus.ActivityIds(excluded, time, CancellationToken.None), time, CancellationToken.None);
        Console.WriteLine("runner\truns\t" + header);
        foreach (var runner in loaded.Runners.OrderBy(r => r.Runs))
        {
            var report = BackTest.Run(runner.Dataset, models, new BackTestOptions { MaxFolds = maxFolds }, null, CancellationToken.None);
            var task = conditioned ? report.Conditioned! : report.Unconditioned;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{runner.Name}\t{runner.Runs}\t{describe(name => task.Find(name)!.Overall.MaeSecondsPerKm)}"));
        }
    }
}
