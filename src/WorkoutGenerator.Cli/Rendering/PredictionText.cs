using System.Globalization;
using Spectre.Console;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Services.Modeling;

namespace WorkoutGenerator.Cli.Rendering;

internal static class PredictionText
{
    public static void Render(IAnsiConsole console, PredictionResult result, DistanceUnit unit)
    {
        var when = result.AtLocal.ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        console.MarkupLineInterpolated($"Predicted pace for a run on {when}: [bold]{Pace(result.SecondsPerKm, unit)}[/]");
        if (result.RangeCoverage is { } coverage)
        {
            console.MarkupLineInterpolated($"Range {Pace(result.LowSecondsPerKm, unit)} to {Pace(result.HighSecondsPerKm, unit)}: calibrated on the last back-test, where a range calibrated on its earlier half held {coverage:P0} of the runs in its later half.");
        }
        else
        {
            var (low, high) = (Pace(result.LowSecondsPerKm, unit), Pace(result.HighSecondsPerKm, unit));
            // Members fine-tuned from the same pre-trained weights may agree to the second: a range "x to x" says nothing.
            if (low == high)
            {
                console.MarkupLineInterpolated($"No range yet: the {result.MemberSecondsPerKm.Count} ensemble models all predict {low}, and a range is only calibrated by a back-test (run workoutgen evaluate).");
            }
            else
            {
                console.MarkupLineInterpolated($"Range {low} to {high}: the spread of the {result.MemberSecondsPerKm.Count} ensemble models, not calibrated yet (run workoutgen evaluate).");
            }
        }

        switch (result.BeatsBestBaseline)
        {
            case true:
                console.MarkupLineInterpolated(
                    $"In its last back-test the model beat the best simple baseline ({ConsoleText.Clean(result.BestBaseline)}): {Error(result.TransformerMaeSecondsPerKm, unit)} vs {Error(result.BestBaselineMaeSecondsPerKm, unit)} mean error.");
                break;
            case false:
                console.MarkupLineInterpolated(
                    $"[yellow]In its last back-test the model did not beat the simple baseline {ConsoleText.Clean(result.BestBaseline)}[/] ({Error(result.TransformerMaeSecondsPerKm, unit)} vs {Error(result.BestBaselineMaeSecondsPerKm, unit)} mean error), so trust the baseline more: {ConsoleText.Clean(result.BestBaseline)} predicts {Pace(result.BaselineSecondsPerKm!.Value, unit)}.");
                break;
            default:
                console.MarkupLine("No back-test yet, so it is unknown whether the model beats simple baselines: run workoutgen evaluate.");
                break;
        }
    }

    private static string Error(double? secondsPerKm, DistanceUnit unit) =>
        secondsPerKm is { } value ? UnitText.Render(UnitText.PaceDifference(value), unit) : "n/a";

    private static string Pace(double secondsPerKm, DistanceUnit unit) => Domain.Units.Pace.FromSecondsPerKilometer(secondsPerKm).Format(unit);
}
