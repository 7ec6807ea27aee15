using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using WorkoutGenerator.Model.Evaluation;
using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.PaceExperiments;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.TimeZones;
using WorkoutGenerator.Storage;

// usage: PaceExperiments --out DIR [--pretrained DIR] [--variant NAME]... DB...
//        PaceExperiments --pretrain NAME --corpus DIR --out DIR --held-out FILE [--exclude EXPORT]...
//        PaceExperiments --cv NAME --corpus DIR --out DIR --held-out FILE [--exclude EXPORT]... [--groups 4]
//                        [--seed 1] [--pretrain-epochs N] [--average-from N] [--max-folds 8] [--variant FT] [--weights-from CVDIR]
//                        [--level runner|typed|typed-relative|typed-seasonal|typed-usual]  (how the residual model uses the level: LevelUse)
//                        [--refit]  (FineTuningOptions.RefitWithValidation: fine-tune again on every run for the chosen epochs)
//                        [--runner-balance A]  (PretrainingOptions.RunnerBalance: a runner's share of the pre-training loss grows as n^A)
//                        [--head-refit]  (TransformerTrainingOptions.HeadRefit: the output layer fitted again in closed form on the runner)
//                        [--train-fraction F]  (each group pre-trains on a seeded share F of the other groups' runners)
//                        [--extra-corpus DIR]  (runners who join every group's pre-training and are never back-tested)
//                        [--flag-extra-source]  (the extra runners' rows carry the "clock is UTC" flags as a source indicator)
//                        [--dropout P]  (PaceTransformerOptions.Dropout, pre-training and fine-tuning alike: it is part of the architecture)
//                        [--pretrain-start-from CVDIR]  (PretrainingOptions.StartFrom: each group continues from CVDIR's weights of that group)
//        PaceExperiments --bootstrap CVDIR [--seed 1]  (SampleBootstrap: the table's ratios with 90% intervals)
// --cv: leave-runners-out selection (LeaveRunnersOut): DIR/groups.tsv, DIR/g<k>/weights, DIR/runners/*.json, DIR/table.md.
// Writes DIR/<db name>.<variant>.json: the test samples of the back-test with every model's prediction, without and
// with the plan, and the wall time. "baselines" is a variant too; the others are one Transformer each.
var dbs = new List<string>();
var variants = new List<string>();
string? outDir = null;
string? pretrainVariant = null;
List<string> ensembleWeightsFrom = [];
int? ensemble = null;
double? offsets = null;
var offsetsFromNewest = false;
var refit = false;
var headRefit = false;
var runnerBalance = 1.0;
var trainFraction = 1.0;
string? extraCorpus = null;
var flagExtraSource = false;
double? dropout = null;
string? bootstrap = null;
string? pretrainStartFrom = null;
string? corpus = null;
string? heldOut = null;
var excluded = new List<string>();
var pretrainedDir = PretrainedPaceModel.DefaultDirectory;
string? crossValidation = null;
string? weightsFrom = null;
var groups = 4;
var seed = 1;
int? pretrainEpochs = null;
int? averageFrom = null;
var maxFolds = new BackTestOptions().MaxFolds;
var level = LevelUse.Default;
HashSet<int>? onlyGroups = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--out": outDir = args[++i]; break;
        case "--pretrained": pretrainedDir = args[++i]; break;
        case "--variant": variants.Add(args[++i]); break;
        case "--pretrain": pretrainVariant = args[++i]; break;
        case "--corpus": corpus = args[++i]; break;
        case "--held-out": heldOut = args[++i]; break;
        case "--exclude": excluded.Add(args[++i]); break;
        case "--cv": crossValidation = args[++i]; break;
        case "--weights-from": weightsFrom = args[++i]; break;
        case "--ensemble-weights-from": ensembleWeightsFrom.Add(args[++i]); break;
        case "--offsets-from-newest": offsetsFromNewest = true; break;
        case "--refit": refit = true; break;
        case "--head-refit": headRefit = true; break;
        case "--runner-balance": runnerBalance = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--train-fraction": trainFraction = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--extra-corpus": extraCorpus = args[++i]; break;
        case "--flag-extra-source": flagExtraSource = true; break;
        case "--dropout": dropout = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--pretrain-start-from": pretrainStartFrom = args[++i]; break;
        case "--bootstrap": bootstrap = args[++i]; break;
        case "--offsets": offsets = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--ensemble": ensemble = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--groups": groups = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--pretrain-epochs": pretrainEpochs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--average-from": averageFrom = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--only-groups": onlyGroups = [.. args[++i].Split(',').Select(g => int.Parse(g, CultureInfo.InvariantCulture))]; break;
        case "--max-folds": maxFolds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--level":
            level = args[++i] switch
            {
                "runner" => LevelUse.RunnersLevel,
                "typed" => new LevelUse(ByPlannedType: true, RelativeTokens: false),
                "typed-relative" => new LevelUse(ByPlannedType: true, RelativeTokens: true),
                "typed-seasonal" => new LevelUse(ByPlannedType: true, RelativeTokens: false, SeasonalHalfLives: true),
                "typed-usual" => new LevelUse(ByPlannedType: true, RelativeTokens: false, UsualPace: true),
                var other => throw new ArgumentException($"unknown --level \"{other}\"; known: runner, typed, typed-relative, typed-seasonal, typed-usual"),
            };
            break;
        default: dbs.Add(args[i]); break;
    }
}

if (crossValidation is not null && corpus is not null && outDir is not null && heldOut is not null)
{
    // The shipped pre-training and fine-tuning, with the seed and the budget given.
    var pretraining = new PretrainingOptions { Seed = seed };
    var architecture = PaceTransformerOptions.Seed with { Dropout = dropout ?? PaceTransformerOptions.Seed.Dropout };
    pretraining = pretraining with
    {
        Architecture = architecture,
        Epochs = pretrainEpochs ?? pretraining.Epochs,
        AverageFromEpoch = averageFrom ?? pretraining.AverageFromEpoch,
        Level = level,
        RunnerBalance = runnerBalance,
    };
    LeaveRunnersOut.Run(new CrossValidationPlan(
        crossValidation, corpus, outDir, heldOut, excluded, groups, AssignmentSeed: 20, pretraining,
        new TransformerTrainingOptions { Architecture = architecture, Seed = seed, Level = level, EnsembleSize = ensemble ?? 1, OffsetShrinkRuns = offsets, OffsetsFromNewest = offsetsFromNewest, HeadRefit = headRefit, FineTuning = new FineTuningOptions { RefitWithValidation = refit } }, new BackTestOptions { MaxFolds = maxFolds }, variants.FirstOrDefault() ?? "ft", weightsFrom, onlyGroups)
    {
        EnsembleWeightsFrom = ensembleWeightsFrom,
        TrainFraction = trainFraction,
        ExtraCorpus = extraCorpus,
        FlagExtraSource = flagExtraSource,
        PretrainStartFrom = pretrainStartFrom,
    });
    return 0;
}

if (args.Contains("--level-check") && corpus is not null && heldOut is not null)
{
    // The Transformer's level with seasonal half-lives, as a model of its own, against ewma and train_median.
    LevelChecks.Run(
        corpus, heldOut, excluded, maxFolds,
        "ewma\tewma_long\ttrain_median\tlong/ewma\tlong/min(ewma,median)",
        [() => new WorkoutGenerator.Model.Prediction.Baselines.TrainMedianPredictor(), () => new WorkoutGenerator.Model.Prediction.Baselines.EwmaPredictor(byPlannedType: true), () => new LongEwma()],
        mae =>
        {
            var (e, l, m) = (mae(PaceBaselines.Ewma), mae(LongEwma.ModelName), mae(PaceBaselines.TrainMedian));
            return FormattableString.Invariant($"{e:F1}\t{l:F1}\t{m:F1}\t{l / e:F3}\t{l / Math.Min(e, m):F3}");
        });
    return 0;
}

if (bootstrap is not null)
{
    // How far a leave-runners-out table's ratios could move by chance (SampleBootstrap), from its samples folder.
    SampleBootstrap.Run(bootstrap, seed);
    return 0;
}

if (args.Contains("--riegel-check") && corpus is not null && heldOut is not null)
{
    // The planned type's level moved by the planned distance (RiegelEwma) as a model of its own, with the plan known,
    // against the baselines (best = the best of them, as evaluate picks it).
    LevelChecks.Run(
        corpus, heldOut, excluded, maxFolds,
        "ewma\triegel_0.06\triegel_chosen\tbest\tewma/best\t0.06/best\tchosen/best",
        [.. PaceBaselines.Factories(seed), () => new RiegelEwma(0.06), () => new RiegelEwma(null)],
        mae =>
        {
            var best = PaceBaselines.ToBeat.Min(mae);
            var (e, r, c) = (mae(PaceBaselines.Ewma), mae("ewma_riegel_0.06"), mae("ewma_riegel_chosen"));
            return FormattableString.Invariant($"{e:F1}\t{r:F1}\t{c:F1}\t{best:F1}\t{e / best:F3}\t{r / best:F3}\t{c / best:F3}");
        },
        conditioned: true);
    return 0;
}

if (args.Contains("--weekday-check") && corpus is not null && heldOut is not null)
{
    // The weekday level as a model of its own, against the baselines (best = the best of them, as evaluate picks it).
    LevelChecks.Run(
        corpus, heldOut, excluded, maxFolds,
        "ewma\tewma_weekday\tbest\tweekday/best\tewma/best\tchosen/best",
        [.. PaceBaselines.Factories(seed), () => new WeekdayEwma(), () => new WeekdayEwma(chosen: true)],
        mae =>
        {
            var best = PaceBaselines.ToBeat.Min(mae);
            var (e, w, c) = (mae(PaceBaselines.Ewma), mae("ewma_weekday"), mae("ewma_weekday_chosen"));
            return FormattableString.Invariant($"{e:F1}\t{w:F1}\t{best:F1}\t{w / best:F3}\t{e / best:F3}\t{c / best:F3}");
        });
    return 0;
}

if (pretrainVariant is not null && corpus is not null && outDir is not null && heldOut is not null)
{
    var request = new PretrainRequest(corpus, outDir, heldOut, excluded, null) { Options = Variants.Pretraining(pretrainVariant) };
    var result = new PretrainUseCase(TimeProvider.System).Run(
        request, new Progress<WorkoutGenerator.Services.Application.PretrainingEpoch>(e => Console.WriteLine($"{pretrainVariant} epoch {e.Epoch}: train {e.TrainMae:F2}, validation {e.ValidationMae:F2}{(e.IsBest ? " *" : string.Empty)}")), CancellationToken.None);
    Console.WriteLine($"{pretrainVariant}: {result.Elapsed.TotalMinutes:F1} min, best epoch {result.Best?.BestEpoch}, validation {result.Best?.BestValidationMaeSecondsPerKm:F2}");
    return 0;
}

if (outDir is null || dbs.Count == 0 || variants.Count == 0)
{
    Console.Error.WriteLine($"usage: PaceExperiments --out DIR [--pretrained DIR] --variant NAME... DB...  (variants: {string.Join(", ", Variants.Names)})");
    return 2;
}

Directory.CreateDirectory(outDir);
using var pretrained = PretrainedPaceModel.Load(pretrainedDir);
foreach (var db in dbs)
{
    IReadOnlyList<WorkoutGenerator.Domain.Runs.Run> runs;
    using (var database = WorkoutDatabase.OpenExisting(db, TimeProvider.System, readOnly: true))
    {
        // The runs as evaluate reads them: through the runner's time zone, which the time-of-week features use.
        runs = RunnerTimeZones.Load(database, TimeProvider.System).Runs;
    }

    foreach (var variant in variants)
    {
        var watch = Stopwatch.StartNew();
        var report = BackTest.Run(runs, Variants.Factories(variant, pretrained), new BackTestOptions(), null, CancellationToken.None);
        var name = $"{Path.GetFileNameWithoutExtension(db)}.{variant}";
        var document = new
        {
            runner = Path.GetFileNameWithoutExtension(db),
            variant,
            seconds = watch.Elapsed.TotalSeconds,
            models = report.Unconditioned.Models.Select(m => m.Name).ToArray(),
            unconditioned = report.Unconditioned.Predictions.Select(Row).ToArray(),
            conditioned = report.Conditioned!.Predictions.Select(Row).ToArray(),
        };
        File.WriteAllText(Path.Combine(outDir, name + ".json"), JsonSerializer.Serialize(document));
        Console.WriteLine($"{name}: {watch.Elapsed.TotalSeconds:F0} s, " + string.Join(", ", report.Unconditioned.Models.Select(m => $"{m.Name} {m.Overall.MaeSecondsPerKm:F2}")));
    }
}

return 0;

static object Row(BackTestPrediction p) => new { p.RunId, p.Fold, type = (int)p.WorkoutType, actual = p.ActualSecondsPerKm, predicted = p.PredictedSecondsPerKm };
