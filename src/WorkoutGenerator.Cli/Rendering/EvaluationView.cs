using System.Globalization;
using Spectre.Console;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Services.Views;

namespace WorkoutGenerator.Cli.Rendering;

internal static class EvaluationView
{
    public static void Render(IAnsiConsole console, EvaluationOutcome outcome, DistanceUnit unit)
    {
        var (result, options) = outcome;
        var report = result.Report;
        console.MarkupLineInterpolated(
            $"Rolling-origin back-test: {report.TestSamples:N0} runs predicted in {report.Folds} folds {Folds(report)}, each model refitted on the {report.TrainSamples:N0}+ samples before its fold ({result.Elapsed.TotalSeconds:0} s).");
        console.MarkupLineInterpolated($"transformer = {options.EnsembleSize} x {TrainingView.Describe(options)}, up to {options.Epochs} epochs.");
        Render(console, report.Unconditioned, unit, "Without a plan (the type follows from the predicted pace; what `next` asks):", string.Empty);
        if (report.Conditioned is { } conditioned)
        {
            console.WriteLine();
            Render(console, conditioned, unit, "With the plan (each run's type and distance known beforehand; what a plan asks):", " when the plan is known");
        }

        if (result.Races is { } races)
        {
            RaceBackTestView.Render(console, races);
        }
    }

    private static void Render(IAnsiConsole console, EvaluationQuestion task, DistanceUnit unit, string title, string when)
    {
        var perMile = unit == DistanceUnit.Mile;
        var suffix = perMile ? "s/mi" : "s/km";
        console.MarkupLine(Markup.Escape(title));
        var types = task.Models[0].ByWorkoutType.Keys.ToList();
        var table = new Table().Border(TableBorder.Simple).AddColumn("Model")
            .AddColumn(new TableColumn($"MAE {suffix}").RightAligned()).AddColumn(new TableColumn($"RMSE {suffix}").RightAligned());
        foreach (var type in types)
        {
            table.AddColumn(new TableColumn($"{EvaluationJson.WorkoutTypeCode(type)} ({task.Models[0].ByWorkoutType[type].Count})").RightAligned());
        }

        var (best, beats) = (task.BestBaseline, task.TransformerBeatsBestBaseline);
        foreach (var model in task.Models)
        {
            var cells = new List<string>
            {
                ConsoleText.Clean(model.Name == best ? $"{model.Name} (best baseline)" : model.Name),
                Format(perMile ? model.Overall.MaeSecondsPerMile : model.Overall.MaeSecondsPerKm),
                Format(perMile ? model.Overall.RmseSecondsPerMile : model.Overall.RmseSecondsPerKm),
            };
            cells.AddRange(types.Select(t => model.ByWorkoutType.TryGetValue(t, out var e) ? Format(perMile ? e.MaeSecondsPerMile : e.MaeSecondsPerKm) : "-"));
            table.AddRow(cells.Select(Markup.Escape).ToArray());
        }

        console.Write(table);
        var baseline = Markup.Escape(ConsoleText.Clean(best));
        console.MarkupLine(beats == true
            ? $"The transformer beat the best baseline ({baseline}) on this runner's history{when}."
            : $"The transformer did [bold]not[/] beat the best baseline ({baseline}) on this runner's history{when}: trust {baseline}'s number more.");
    }

    /// <summary>How the test period was cut: "of 28 days", or "of 10-11 runs (by count: ...)".</summary>
    internal static string Folds(EvaluationReport report)
    {
        if (report.FoldLength is { } length)
        {
            return string.Create(CultureInfo.InvariantCulture, $"of {length.TotalDays:0} days");
        }

        var counts = report.FoldTestRuns ?? [];
        var sizes = counts.Count == 0 ? "0" : counts.Min() == counts.Max() ? $"{counts.Min()}" : $"{counts.Min()}-{counts.Max()}";
        return string.Create(CultureInfo.InvariantCulture, $"of {sizes} runs (cut by count: at least {report.MinTestRunsPerFold} runs a fold where the test period has them, at most {report.MaxFolds} folds)");
    }

    private static string Format(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
