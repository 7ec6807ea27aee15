using System.Globalization;
using WorkoutGenerator.Domain.Fitness;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.RaceExperiments;

// usage: RaceExperiments --corpus DIR --shared DIR [--transformer-races N]
// Replays every past race of every runner 4 and 8 weeks out with each method, calibrates the fitness estimate's
// free constants leave-runner-out on the corpus runners (never on the shared runners), and prints the tables of
// docs/race-prediction.md and the calibration fitted on all corpus runners (FitnessCalibration.Default).
string? corpusDir = null;
string? sharedDir = null;
var transformerRaces = 0;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--corpus": corpusDir = args[++i]; break;
        case "--shared": sharedDir = args[++i]; break;
        case "--transformer-races": transformerRaces = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
    }
}

if (corpusDir is null || sharedDir is null)
{
    Console.Error.WriteLine("usage: RaceExperiments --corpus DIR --shared DIR");
    return 2;
}

var runners = Runner.Load(corpusDir, corpus: true).Concat(Runner.Load(sharedDir, corpus: false)).ToList();
var replays = new Replays(runners);
Console.Error.WriteLine($"{runners.Count} runners, {replays.Races.Count} race replays ({replays.Races.Count(r => r.Runner.Corpus)} corpus)");

if (transformerRaces > 0)
{
    // The Transformer fine-tunes once per race (minutes each on one thread): an evenly spaced sample of the races, 4 weeks out.
    var entries = replays.Races.Where(e => e.WeeksOut == 4).ToList();
    var step = Math.Max(1, entries.Count / transformerRaces);
    var sample = entries.Where((_, i) => i % step == 0).Take(transformerRaces).ToList();
    using var pretrained = WorkoutGenerator.Model.Transformer.PretrainedPaceModel.Load(WorkoutGenerator.Model.Transformer.PretrainedPaceModel.DefaultDirectory);
    var candidates = new IRaceMethod[] { new TransformerRaceMethod(pretrained), new RaceMethods.FitnessMethod(FitnessCalibration.Default), new GoalMethod(FitnessCalibration.Default), new RaceMethods.RiegelMethod(), new RaceMethods.PreviousMethod() };
    var rows = new List<(RaceEntry Entry, string Method, double? Error)>();
    foreach (var (entry, k) in sample.Select((e, k) => (e, k)))
    {
        Console.Error.WriteLine($"transformer race {k + 1}/{sample.Count}: {entry.Runner.Name} {entry.RaceDate} {entry.Race.Code()}");
        rows.AddRange(candidates.Select(m => (entry, m.Name, m.Predict(entry.Before, entry.AsOf, entry.Race) is { } p ? (p / entry.Actual) - 1 : (double?)null)));
    }

    Report.Sample(rows);
    return 0;
}

var grid = Calibration.Grid().ToList();
var points = grid.Select((cal, k) =>
{
    Console.Error.Write($"\rgrid {k + 1}/{grid.Count}");
    return replays.Fitness(cal);
}).ToList();
Console.Error.WriteLine();
var calibration = new Calibration(replays, grid, points);

var corpusNames = runners.Where(r => r.Corpus).Select(r => r.Name).ToList();
var loo = new Dictionary<RaceEntry, double?>();
var looFits = new Dictionary<string, Fit>();
foreach (var name in corpusNames)
{
    var fit = calibration.Fit(corpusNames.Where(n => n != name).ToHashSet());
    looFits[name] = fit;
    foreach (var (entry, error) in calibration.Errors(fit, e => e.Runner.Name == name && e.Runner.Corpus))
    {
        loo[entry] = error;
    }
}

var all = calibration.Fit(corpusNames.ToHashSet());
var ranges = RaceDistanceExtensions.All.ToDictionary(
    d => d,
    d =>
    {
        var errors = loo.Where(x => x.Key.Race == d && x.Key.WeeksOut == 4 && x.Value is not null).Select(x => -x.Value!.Value).Order().ToList();
        return errors.Count < 5 ? (-0.05, 0.05) : (Stats.Quantile(errors, 0.1), Stats.Quantile(errors, 0.9));
    });
Console.WriteLine("## Calibration fitted on all corpus runners");
Console.WriteLine(all.Describe());
Console.WriteLine("Range (10th, 90th percentile of actual/forecast - 1, corpus leave-runner-out, 4 weeks out): " +
    string.Join(", ", ranges.Select(r => FormattableString.Invariant($"{r.Key.Code()} ({r.Value.Item1:0.000}, {r.Value.Item2:0.000})"))));

var shared = calibration.Errors(all, e => !e.Runner.Corpus).ToDictionary(x => x.Entry, x => x.Error);
var fitnessErrors = loo.Concat(shared).ToDictionary(x => x.Key, x => x.Value);
var chosenCal = all.ToCalibration(ranges);
// The goal replayed as the app sets it, with the calibration fitted without the runner (corpus) or on all corpus runners (shared).
var goal = replays.Races.ToDictionary(
    e => e,
    e => new GoalMethod(e.Runner.Corpus ? looFits[e.Runner.Name].ToCalibration(ranges) : chosenCal).Predict(e.Before, e.AsOf, e.Race) is { } p ? (p / e.Actual) - 1 : (double?)null);
Report.Print(replays, fitnessErrors, goal);
if (Environment.GetEnvironmentVariable("RACE_DETAIL") is not null)
{
    foreach (var (entry, error) in fitnessErrors.Where(x => x.Key.WeeksOut == 4 && x.Value is not null).OrderByDescending(x => Math.Abs(x.Value!.Value)))
    {
        var estimate = FitnessEstimator.Estimate(entry.Before, entry.AsOf, chosenCal)!;
        Console.Error.WriteLine(FormattableString.Invariant($"{entry.Runner.Name} {entry.RaceDate} {entry.Race.Code()} actual {entry.Actual.Format()} error {error:+0.000;-0.000} vdot {estimate.Vdot:0.0} raceVdot {Vdot.Of(entry.Race.Distance(), entry.Actual):0.0} | {estimate.Method}"));
    }
}
return 0;
