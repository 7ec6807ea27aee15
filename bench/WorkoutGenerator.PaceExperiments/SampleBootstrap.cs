using System.Globalization;
using System.Text.Json;
using WorkoutGenerator.Model.Prediction;

namespace WorkoutGenerator.PaceExperiments;

/// <summary>
/// How far a leave-runners-out table's ratios could move by chance, from its own samples (<c>samples/*.json</c>):
/// each runner's ratio (the Transformer's MAE over the best baseline's, the best picked again in every draw, as the
/// table picks it after the fact) over its test runs drawn with replacement, and the median over the runners with
/// the runners drawn too (a two-stage bootstrap; Efron and Tibshirani 1993, ch. 6 and 8). Seeded, so it reproduces.
/// Prints each runner's ratio with its 90% interval, then the median's, per question.
/// </summary>
internal static class SampleBootstrap
{
    private const int Draws = 1000;

    public static void Run(string crossValidationDirectory, int seed)
    {
        var runners = Directory.EnumerateFiles(Path.Combine(crossValidationDirectory, "samples"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(file => (Name: Path.GetFileNameWithoutExtension(file), Errors: Errors(file)))
            .ToList();
        var random = new Random(seed);
        foreach (var question in new[] { "Plain", "Planned" })
        {
            var label = question == "Plain" ? "without a plan" : "with the plan";
            Console.WriteLine($"| runner | {label}: test runs | ratio | 90% interval |");
            Console.WriteLine("|---|---|---|---|");
            var all = new List<double>();
            foreach (var (name, errors) in runners)
            {
                var e = errors[question];
                var count = e["transformer"].Length;
                var ratio = Ratio(e, Enumerable.Range(0, count).ToArray());
                all.Add(ratio);
                var draws = Enumerable.Range(0, Draws).Select(_ => Ratio(e, Draw(random, count))).Order().ToArray();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {count} | {ratio:F3} | {draws[Draws / 20]:F3}-{draws[Draws - 1 - (Draws / 20)]:F3} |"));
            }

            var medians = Enumerable.Range(0, Draws).Select(_ =>
            {
                var ratios = Draw(random, runners.Count).Select(r =>
                {
                    var e = runners[r].Errors[question];
                    return Ratio(e, Draw(random, e["transformer"].Length));
                });
                return Median([.. ratios]);
            }).Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: median over {runners.Count} runners {Median([.. all]):F3}, 90% interval {medians[Draws / 20]:F3}-{medians[Draws - 1 - (Draws / 20)]:F3}"));
            Console.WriteLine();
        }
    }

    /// <summary>Each question's absolute errors per model, in s/km, one per test run.</summary>
    private static Dictionary<string, Dictionary<string, double[]>> Errors(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var models = json.RootElement.GetProperty("Models").EnumerateArray().Select(m => m.GetString()!).ToList();
        var result = new Dictionary<string, Dictionary<string, double[]>>();
        foreach (var question in new[] { "Plain", "Planned" })
        {
            var rows = json.RootElement.GetProperty(question).EnumerateArray().ToList();
            result[question] = models.Select((m, i) => (m, i)).ToDictionary(
                x => x.m,
                x => rows.Select(r => Math.Abs(r.GetProperty("Predicted")[x.i].GetDouble() - r.GetProperty("Actual").GetDouble())).ToArray());
        }

        return result;
    }

    private static double Ratio(Dictionary<string, double[]> errors, int[] rows) =>
        rows.Sum(i => errors["transformer"][i]) / PaceBaselines.ToBeat.Where(errors.ContainsKey).Min(b => rows.Sum(i => errors[b][i]));

    private static int[] Draw(Random random, int count) => [.. Enumerable.Range(0, count).Select(_ => random.Next(count))];

    private static double Median(double[] values)
    {
        Array.Sort(values);
        var mid = values.Length / 2;
        return values.Length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
