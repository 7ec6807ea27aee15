using System.Globalization;
using Spectre.Console;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Views;

namespace WorkoutGenerator.Cli.Rendering;

internal static class EvaluationView
{
    public static void Render(IAnsiConsole console, EvaluationOutcome outcome, DistanceUnit unit)
    {
        var (result, options) = outcome;
        var report = result.Report;
        var perMile = unit == DistanceUnit.Mile;
        var suffix = perMile ? "s/mi" : "s/km";
        console.MarkupLineInterpolated(
            $"Rolling-origin back-test: {report.TestSamples:N0} runs predicted in {report.Folds} folds of {report.FoldLength.TotalDays:0} days, each model refitted on the {report.TrainSamples:N0}+ samples before its fold ({result.Elapsed.TotalSeconds:0} s).");
        console.MarkupLineInterpolated($"transformer = {options.EnsembleSize} x {TrainingView.Describe(options)}, up to {options.Epochs} epochs.");
        var types = report.Models[0].ByWorkoutType.Keys.ToList();
        var table = new Table().Border(TableBorder.Simple).AddColumn("Model")
            .AddColumn(new TableColumn($"MAE {suffix}").RightAligned()).AddColumn(new TableColumn($"RMSE {suffix}").RightAligned());
        foreach (var type in types)
        {
            table.AddColumn(new TableColumn($"{EvaluationJson.WorkoutTypeCode(type)} ({report.Models[0].ByWorkoutType[type].Count})").RightAligned());
        }

        var best = result.Summary.BestBaseline;
        foreach (var model in report.Models)
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
        var beats = result.Summary.TransformerBeatsBestBaseline;
        var baseline = Markup.Escape(ConsoleText.Clean(best));
        console.MarkupLine(beats == true
            ? $"The transformer beat the best baseline ({baseline}) on this runner's history."
            : $"The transformer did [bold]not[/] beat the best baseline ({baseline}) on this runner's history: trust {baseline}'s number more.");
    }

    private static string Format(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
