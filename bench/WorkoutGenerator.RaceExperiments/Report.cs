using System.Globalization;
using WorkoutGenerator.Domain.Fitness;

namespace WorkoutGenerator.RaceExperiments;

/// <summary>The markdown tables of docs/race-prediction.md.</summary>
internal static class Report
{
    public static void Print(Replays replays, IReadOnlyDictionary<RaceEntry, double?> fitness, IReadOnlyDictionary<RaceEntry, double?> goal)
    {
        var methods = new List<(string Name, IReadOnlyDictionary<RaceEntry, double?> Errors)>
        {
            ("fitness", fitness),
            ("goal (method chosen per runner)", goal),
            ("previous (the app before)", replays.Method(new RaceMethods.PreviousMethod())),
            ("tanda", replays.Method(new RaceMethods.TandaMethod())),
        };
        var riegel = replays.Method(new RaceMethods.RiegelMethod());
        foreach (var (scope, corpus) in new[] { ("corpus runners (leave-runner-out)", true), ("shared runners", false) })
        {
            foreach (var weeks in new[] { 4, 8 })
            {
                Console.WriteLine();
                Console.WriteLine($"### {scope}, {weeks} weeks out");
                Console.WriteLine();
                Console.WriteLine("| distance | method | races | median abs. error | median bias | within 3% | within 5% |");
                Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
                foreach (var race in RaceDistanceExtensions.All)
                {
                    bool Which(RaceEntry e) => e.Runner.Corpus == corpus && e.WeeksOut == weeks && e.Race == race;
                    foreach (var (name, errors) in methods)
                    {
                        Row(race, name, errors.Where(x => Which(x.Key)).Select(x => x.Value));
                    }

                    var withPrior = riegel.Where(x => Which(x.Key) && x.Value is not null).Select(x => x.Key).ToHashSet();
                    Row(race, "Riegel 1.06, best race of 26 weeks (reference)", riegel.Where(x => withPrior.Contains(x.Key)).Select(x => x.Value));
                    Row(race, "fitness, on the reference's races", fitness.Where(x => withPrior.Contains(x.Key)).Select(x => x.Value));
                }
            }
        }
    }

    /// <summary>The sample of races the Transformer was asked about, every method on the same races (all runners).</summary>
    public static void Sample(IReadOnlyList<(RaceEntry Entry, string Method, double? Error)> rows)
    {
        Console.WriteLine("| distance | method | races answered (of sample) | median abs. error | median bias | within 3% | within 5% |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var race in RaceDistanceExtensions.All.Cast<RaceDistance?>().Append(null))
        {
            foreach (var method in rows.Select(r => r.Method).Distinct())
            {
                var these = rows.Where(r => r.Method == method && (race is null || r.Entry.Race == race)).ToList();
                if (these.Count > 0)
                {
                    Row(race, method + $" ({these.Count})", these.Select(r => r.Error));
                }
            }
        }
    }

    private static void Row(RaceDistance? race, string method, IEnumerable<double?> values)
    {
        var errors = values.OfType<double>().ToList();
        if (errors.Count == 0)
        {
            Console.WriteLine($"| {race?.Code() ?? "all"} | {method} | 0 | | | | |");
            return;
        }

        var absolute = errors.Select(Math.Abs).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {race?.Code() ?? "all"} | {method} | {errors.Count} | {Stats.Median(absolute) * 100:0.0}% | {Stats.Median(errors) * 100:+0.0;-0.0;0.0}% | {absolute.Count(e => e <= 0.03 + 1e-9) * 100.0 / errors.Count:0}% | {absolute.Count(e => e <= 0.05 + 1e-9) * 100.0 / errors.Count:0}% |"));
    }
}
