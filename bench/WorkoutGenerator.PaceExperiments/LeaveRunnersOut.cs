using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using WorkoutGenerator.Model.Evaluation;
using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Modeling;

namespace WorkoutGenerator.PaceExperiments;

/// <summary>What one leave-runners-out run does: which corpus, how it splits, and the budget it trains on.</summary>
internal sealed record CrossValidationPlan(
    string Name,
    string Corpus,
    string Output,
    string HeldOut,
    IReadOnlyList<string> Excluded,
    int Groups,
    int AssignmentSeed,
    PretrainingOptions Pretraining,
    TransformerTrainingOptions FineTuning,
    BackTestOptions BackTest,
    string Variant = "ft",
    string? WeightsFrom = null,
    IReadOnlySet<int>? OnlyGroups = null)
{
    /// <summary>
    /// Other runs' output folders (same groups, another pre-training seed) whose group weights join this run's: the
    /// ensemble's member m fine-tunes the (m mod count)-th of them, this run's first.
    /// </summary>
    public IReadOnlyList<string> EnsembleWeightsFrom { get; init; } = [];

    /// <summary>
    /// The share of the other groups' runners each group pre-trains on (a seeded draw per group, at least one
    /// runner): below 1 it asks how much the table owes to the size of the corpus.
    /// </summary>
    public double TrainFraction { get; init; } = 1;

    /// <summary>
    /// A second corpus folder whose runners join every group's pre-training and are never back-tested: more
    /// runners for the model, the same runners judging it, so two tables differ only in what was learnt from.
    /// </summary>
    public string? ExtraCorpus { get; init; }

    /// <summary>The extra corpus's rows carry the "clock is UTC" flags as a source indicator (<see cref="PretrainingCorpus.Load"/>).</summary>
    public bool FlagExtraSource { get; init; }

    /// <summary>
    /// Another run's output folder whose group weights each group's pre-training continues from (the same groups,
    /// so no runner judges weights it helped train): continued pre-training on this corpus after a broader one.
    /// </summary>
    public string? PretrainStartFrom { get; init; }
}

/// <summary>
/// Leave-runners-out selection of the pace model: the corpus runners are split into k groups by a seeded shuffle
/// (written to groups.tsv); for each group the model is pre-trained on the other groups' runners through
/// <c>pretrain</c>'s own use case (held-out and excluded runners left out as there), then every runner of the group
/// is back-tested with <c>evaluate</c>'s <see cref="BackTest"/> (both questions) against the baselines. No runner
/// judges a model it pre-trained. Writes each runner's report and row, and table.md (every row in the output folder)
/// after every runner, so a run stopped part-way leaves the table so far, and two processes given disjoint groups
/// (<c>--only-groups</c>, one per core) fill one table.
/// </summary>
internal static class LeaveRunnersOut
{
    /// <summary>The folder of a group's corpus links that holds the extra corpus's runners, which --flag-extra-source names as the other source.</summary>
    private const string ExtraFolder = "extra";

    public static void Run(CrossValidationPlan plan)
    {
        var time = TimeProvider.System;
        Directory.CreateDirectory(plan.Output);
        var heldOut = HeldOutActivities.Load(plan.HeldOut);
        var excluded = PretrainingCorpus.ActivityIds(plan.Excluded, time, CancellationToken.None);
        var corpus = PretrainingCorpus.Load(plan.Corpus, heldOut, excluded, time, CancellationToken.None);
        var groups = Assign([.. corpus.Runners.Select(r => r.Name)], plan.Groups, plan.AssignmentSeed);
        var extra = Extra(plan, heldOut, excluded, time);
        File.WriteAllLines(
            Path.Combine(plan.Output, "groups.tsv"),
            ["runner\tgroup\truns\tsamples", .. corpus.Runners.Select(r => $"{r.Name}\t{groups[r.Name]}\t{r.Runs}\t{r.Dataset.Samples.Count}")]);
        Console.WriteLine($"{plan.Name}: {corpus.Runners.Count} runners in {plan.Groups} groups, {corpus.Skipped.Count} left out");
        for (var g = 1; g <= plan.Groups; g++)
        {
            if (plan.OnlyGroups is { } only && !only.Contains(g))
            {
                continue;
            }

            // Another run's group weights (same groups, same pre-training) let a fine-tuning variant be compared on them.
            var weights = Path.Combine(plan.WeightsFrom ?? plan.Output, $"g{g}", "weights");
            if (!File.Exists(Path.Combine(weights, PretrainedManifest.FileName)) || !File.Exists(Path.Combine(weights, "done")))
            {
                Pretrain(plan, corpus, extra, groups, g, weights, time);
            }

            using var pretrained = PretrainedPaceModel.Load(weights);
            var others = plan.EnsembleWeightsFrom.Select(root => PretrainedPaceModel.Load(Path.Combine(root, $"g{g}", "weights"))).ToList();
            IReadOnlyList<PretrainedPaceModel> bases = [pretrained, .. others];
            foreach (var runner in corpus.Runners.Where(r => groups[r.Name] == g).OrderBy(r => r.Runs))
            {
                var watch = Stopwatch.StartNew();
                List<Func<IPacePredictor>> factories =
                [
                    .. plan.Variant == "ft" ? [() => new TransformerPacePredictor(plan.FineTuning, bases)] : Variants.Factories(plan.Variant, pretrained),
                    .. PaceBaselines.Factories(plan.FineTuning.Seed),
                ];
                var report = BackTest.Run(runner.Dataset, factories, plan.BackTest, null, CancellationToken.None);
                var fileName = runner.Name.Replace('/', '_') + ".json";
                WriteFile(Path.Combine(plan.Output, "runners", fileName), BackTestJson.Serialize(report));
                WriteFile(Path.Combine(plan.Output, "samples", fileName), Samples(report));
                var row = RunnerRow.Of(runner.Name, g, runner.Runs, report, watch.Elapsed);
                WriteFile(Path.Combine(plan.Output, "rows", fileName), JsonSerializer.Serialize(row));
                Console.WriteLine($"{plan.Name} {row.Line()}");
                WriteTable(plan);
            }

            others.ForEach(o => o.Dispose());
        }
    }

    /// <summary>Group 1..k of each runner: the names in ordinal order, shuffled with the seed, dealt round-robin.</summary>
    internal static Dictionary<string, int> Assign(IReadOnlyList<string> names, int groups, int seed)
    {
        var order = names.Order(StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(order);
        return order.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => (p.i % groups) + 1);
    }

    /// <summary>
    /// The extra corpus's runners, without any that shares an activity with a runner being judged (the same runner
    /// in two folders would be scored by weights that learnt it) or with the held-out and excluded sets.
    /// </summary>
    private static PretrainingCorpus? Extra(CrossValidationPlan plan, HeldOutActivities heldOut, HashSet<string> excluded, TimeProvider time)
    {
        if (plan.ExtraCorpus is null)
        {
            return null;
        }

        var judged = PretrainingCorpus.ActivityIds([plan.Corpus], time, CancellationToken.None);
        judged.UnionWith(excluded);
        var extra = PretrainingCorpus.Load(plan.ExtraCorpus, heldOut, judged, time, CancellationToken.None);
        foreach (var skipped in extra.Skipped)
        {
            Console.WriteLine($"{plan.Name}: extra runner {skipped.Name} left out: {skipped.Reason}");
        }

        Console.WriteLine($"{plan.Name}: {extra.Runners.Count} extra runners ({extra.Runners.Sum(r => r.Runs)} runs) join every group's pre-training");
        return extra;
    }

    /// <summary>
    /// Pre-trains on the runners outside group <paramref name="g"/> (all, or the plan's seeded share of them) and
    /// every extra runner, with <c>pretrain</c>'s use case, over a folder of links to those runners' exports (the
    /// corpus is read where it is, never copied).
    /// </summary>
    private static void Pretrain(CrossValidationPlan plan, PretrainingCorpus corpus, PretrainingCorpus? extra, Dictionary<string, int> groups, int g, string weights, TimeProvider time)
    {
        var links = Path.Combine(plan.Output, $"g{g}", "corpus");
        if (Directory.Exists(links))
        {
            Directory.Delete(links, recursive: true);
        }

        var others = corpus.Runners.Where(r => groups[r.Name] != g).Select(r => r.Name).Order(StringComparer.Ordinal).ToArray();
        var kept = Share(others, plan.TrainFraction, plan.AssignmentSeed + g);
        Console.WriteLine($"{plan.Name} g{g}: pre-training on {kept.Count} of {others.Length} other runners{(extra is null ? string.Empty : $" and {extra.Runners.Count} extra")}");
        foreach (var name in kept)
        {
            Link(Path.Combine(links, name), Path.Combine(plan.Corpus, name));
        }

        foreach (var runner in extra?.Runners ?? [])
        {
            Link(Path.Combine(links, ExtraFolder, runner.Name), Path.Combine(plan.ExtraCorpus!, runner.Name));
        }

        var options = plan.PretrainStartFrom is { } from ? plan.Pretraining with { StartFrom = Path.Combine(from, $"g{g}", "weights") } : plan.Pretraining;
        var request = new PretrainRequest(links, weights, plan.HeldOut, plan.Excluded, null) { Options = options, OtherSourceFolder = plan.FlagExtraSource ? ExtraFolder : null };
        var result = new PretrainUseCase(time).Run(
            request,
            new Progress<Services.Application.PretrainingEpoch>(e => Console.WriteLine(FormattableString.Invariant($"{plan.Name} g{g} epoch {e.Epoch}: train {e.TrainMae:F2}, validation {e.ValidationMae:F2}{(e.IsBest ? " *" : string.Empty)} ({e.Elapsed.TotalMinutes:F1} min)"))),
            CancellationToken.None);
        File.WriteAllText(Path.Combine(weights, "done"), FormattableString.Invariant($"{result.Runners} runners, {result.Elapsed.TotalMinutes:F1} min\n"));
    }

    /// <summary>A seeded draw of round(fraction × count) of <paramref name="names"/>, at least one; all of them at 1.</summary>
    internal static IReadOnlyList<string> Share(IReadOnlyList<string> names, double fraction, int seed)
    {
        if (fraction is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "The share of runners to pre-train on is in (0, 1].");
        }

        if (fraction == 1)
        {
            return names;
        }

        var order = names.ToArray();
        new Random(seed).Shuffle(order);
        return [.. order.Take(Math.Max(1, (int)Math.Round(fraction * order.Length))).Order(StringComparer.Ordinal)];
    }

    private static void Link(string folder, string runnerFolder)
    {
        Directory.CreateDirectory(folder);
        File.CreateSymbolicLink(Path.Combine(folder, "activities.csv"), Path.GetFullPath(Path.Combine(runnerFolder, "activities.csv")));
    }

    /// <summary>Rewrites table.md from every row in the output folder, through a temporary file so a reader never sees half.</summary>
    private static void WriteTable(CrossValidationPlan plan)
    {
        var rows = Directory.EnumerateFiles(Path.Combine(plan.Output, "rows"), "*.json")
            .Select(f => JsonSerializer.Deserialize<RunnerRow>(File.ReadAllText(f))!)
            .OrderBy(r => r.Group).ThenBy(r => r.Runs).ThenBy(r => r.Runner, StringComparer.Ordinal)
            .ToArray();
        var temporary = Path.Combine(plan.Output, $"table.md.{Environment.ProcessId}");
        File.WriteAllText(temporary, Table(plan, rows));
        File.Move(temporary, Path.Combine(plan.Output, "table.md"), overwrite: true);
    }

    /// <summary>
    /// Every test sample of both questions with each model's prediction, so that combinations of the models can be
    /// scored on the whole table afterwards without fine-tuning again.
    /// </summary>
    private static string Samples(BackTestReport report)
    {
        static object Task(BackTestTask task) => task.Predictions
            .Select(p => new { p.Fold, Type = p.WorkoutType.ToString(), Actual = p.ActualSecondsPerKm, Predicted = p.PredictedSecondsPerKm })
            .ToList();
        return JsonSerializer.Serialize(new
        {
            Models = report.Models.Select(m => m.Name).ToList(),
            Plain = Task(report.Unconditioned),
            Planned = report.Conditioned is { } conditioned ? Task(conditioned) : null,
        });
    }

    private static void WriteFile(string file, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }

    private static string Table(CrossValidationPlan plan, IReadOnlyList<RunnerRow> rows)
    {
        var text = new StringBuilder();
        var o = plan.Pretraining;
        text.AppendLine(FormattableString.Invariant($"# {plan.Name}: leave-runners-out back-test of fine-tuning variant {plan.Variant}{(plan.WeightsFrom is null ? string.Empty : $" on the weights of {plan.WeightsFrom}")}, {plan.Groups} groups (assignment seed {plan.AssignmentSeed}), pre-training seed {o.Seed}, level by planned type {o.Level.ByPlannedType}, paces relative to the level {o.Level.RelativeTokens}, usual pace {o.Level.UsualPace}, runner balance {o.RunnerBalance}, pre-trained on {(plan.TrainFraction == 1 ? "all" : $"a share of {plan.TrainFraction}")} of the other groups' runners{(plan.ExtraCorpus is null ? string.Empty : $" and every runner of an extra corpus{(plan.FlagExtraSource ? " (its rows flagged by source)" : string.Empty)}")}, {o.Epochs} epochs (weights averaged from epoch {(o.AverageFromEpoch is { } a ? a : "-")}), fine-tuning seed {plan.FineTuning.Seed}, {plan.FineTuning.EnsembleSize} fine-tuning(s) of {(plan.EnsembleWeightsFrom.Count == 0 ? "these weights" : $"these weights and each of those of {string.Join(", ", plan.EnsembleWeightsFrom)}")}, averaged, {(plan.FineTuning.FineTuning.RefitWithValidation ? "refitted on every run before the fold for the chosen epochs" : "not refitted")}, output layer {(plan.FineTuning.HeadRefit ? "fitted again on the runner" : "as fine-tuned")}, offsets shrunk by {(plan.FineTuning.OffsetShrinkRuns is { } k ? $"{k} runs, fitted on {(plan.FineTuning.OffsetsFromNewest ? "the validation runs" : "every run before the fold")}" : "- (none)")}, folds: at least {plan.BackTest.MinTestRunsPerFold} test runs, at most {plan.BackTest.MaxFolds}"));
        text.AppendLine();
        text.AppendLine("| runner | group | runs | test runs (folds) | s | without a plan: transformer / best baseline (name) / stacked | ratio transformer, stacked | with the plan: transformer / best baseline (name) / stacked | ratio transformer, stacked |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            text.AppendLine(row.Markdown());
        }

        text.AppendLine();
        text.AppendLine("| question | model | runners | median ratio | worst ratio | wins (ratio < 1) |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var (question, pick) in new (string, Func<RunnerRow, Question>)[] { ("without a plan", r => r.Plain), ("with the plan", r => r.Planned) })
        {
            foreach (var (model, ratio) in new (string, Func<Question, double>)[] { ("transformer", q => q.TransformerRatio), ("stacked", q => q.StackedRatio) })
            {
                var ratios = rows.Select(r => ratio(pick(r))).Order().ToArray();
                if (ratios.Length == 0)
                {
                    continue;
                }

                var median = ratios.Length % 2 == 1 ? ratios[ratios.Length / 2] : (ratios[(ratios.Length / 2) - 1] + ratios[ratios.Length / 2]) / 2;
                text.AppendLine(FormattableString.Invariant($"| {question} | {model} | {ratios.Length} | {median:F3} | {ratios[^1]:F3} | {ratios.Count(x => x < 1)} of {ratios.Length} |"));
            }
        }

        return text.ToString();
    }
}

/// <summary>One question's scores on one runner: MAE in s/km and the ratios to the best baseline.</summary>
internal sealed record Question(double Transformer, double Stacked, string BestBaseline, double Best)
{
    public double TransformerRatio => Transformer / Best;

    public double StackedRatio => Stacked / Best;

    public static Question Of(BackTestTask task)
    {
        var best = task.BestBaseline()!;
        return new Question(
            task.Find(TransformerPacePredictor.ModelName)!.Overall.MaeSecondsPerKm,
            task.Find("stacked")!.Overall.MaeSecondsPerKm,
            best.Name,
            best.Overall.MaeSecondsPerKm);
    }

    public string Cells() => FormattableString.Invariant($"{Transformer:F1} / {Best:F1} ({BestBaseline}) / {Stacked:F1} | {TransformerRatio:F3}, {StackedRatio:F3}");
}

internal sealed record RunnerRow(string Runner, int Group, int Runs, int TestRuns, int Folds, double Seconds, Question Plain, Question Planned)
{
    public static RunnerRow Of(string runner, int group, int runs, BackTestReport report, TimeSpan elapsed) =>
        new(runner, group, runs, report.TestSamples, report.Folds, elapsed.TotalSeconds, Question.Of(report.Unconditioned), Question.Of(report.Conditioned!));

    public string Markdown() => string.Create(CultureInfo.InvariantCulture, $"| {Runner} | {Group} | {Runs} | {TestRuns} ({Folds}) | {Seconds:F0} | {Plain.Cells()} | {Planned.Cells()} |");

    public string Line() => string.Create(CultureInfo.InvariantCulture, $"{Runner} (group {Group}, {Runs} runs, {TestRuns} test runs in {Folds} folds, {Seconds:F0} s): without a plan {Plain.TransformerRatio:F3} (stacked {Plain.StackedRatio:F3}), with the plan {Planned.TransformerRatio:F3} (stacked {Planned.StackedRatio:F3})");
}
