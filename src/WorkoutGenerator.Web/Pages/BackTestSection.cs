using System.Globalization;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Web.Charts;
using WorkoutGenerator.Web.Html;

namespace WorkoutGenerator.Web.Pages;

/// <summary>
/// The last back-test in the runner's unit: the verdict in one sentence and which model paces the workouts (as
/// Services words it), the range's measured coverage, the errors per model and workout type, and the test runs' pace
/// against the Transformer's and the best baseline's predictions.
/// </summary>
internal static class BackTestSection
{
    public static void Write(HtmlWriter html, PageContext page, ModelOverview overview)
    {
        var unit = page.Unit;
        html.Open("section", ("id", "backtest"), ("data-testid", "backtest"));
        var metadata = overview.Metadata;
        if (metadata?.TrainedAtUtc is { } trained && metadata.Data is { } data)
        {
            html.Element("p", string.Create(CultureInfo.InvariantCulture,
                $"Model trained {trained:yyyy-MM-dd HH:mm} UTC on {data.Runs:N0} runs ({data.FirstRunUtc:yyyy-MM-dd} to {data.LastRunUtc:yyyy-MM-dd})."), ("data-testid", "model-trained"));
        }
        else
        {
            html.Element("p", "No model is trained for this database yet: train one below (or run workoutgen train).", ("data-testid", "model-trained"));
        }

        if (overview.BackTest is not { } backTest)
        {
            html.Element("p", "No back-test yet: evaluate to see how the model does against simple baselines on your runs.", ("data-testid", "model-verdict"))
                .Close("section");
            return;
        }

        html.Element("h2", "Last back-test")
            .Element("p", Verdict(backTest, unit) + (overview.Pacing is { } pacing ? " " + pacing : string.Empty), ("data-testid", "model-verdict"), ("data-beats", backTest.TransformerBeatsBestBaseline is { } b ? (b ? "true" : "false") : null))
            .Element("p", Coverage(backTest, unit), ("data-testid", "range-coverage"))
            .Element("p", string.Create(CultureInfo.InvariantCulture,
                $"{backTest.TestSamples:N0} runs predicted in {backTest.Folds} folds, evaluated {backTest.EvaluatedAtUtc:yyyy-MM-dd HH:mm} UTC; each model was refitted only on the runs before each fold."), ("class", "hint"));
        Chart(html, overview, backTest, unit);
        ErrorTable(html, overview, backTest, unit);
        html.Close("section");
    }

    private static string Verdict(BackTestSummary backTest, DistanceUnit unit)
    {
        var transformer = backTest.Models.FirstOrDefault(m => m.Name == ModelOverview.TransformerName);
        var best = backTest.Models.FirstOrDefault(m => m.Name == backTest.BestBaseline);
        if (transformer is null || best is null || backTest.TransformerBeatsBestBaseline is not { } beats)
        {
            return "This back-test did not compare the Transformer with the baselines.";
        }

        var errors = $"its mean error {Error(transformer.MaeSecondsPerKm, unit)} against {Error(best.MaeSecondsPerKm, unit)} for {best.Name}";
        return beats
            ? $"The Transformer beat the best baseline ({best.Name}) on your runs: {errors}."
            : $"The Transformer did not beat the best baseline ({best.Name}) on your runs: {errors}.";
    }

    private static string Coverage(BackTestSummary backTest, DistanceUnit unit) =>
        backTest.RangeHalfWidthSecondsPerKm is { } half && backTest.RangeCoverage is { } coverage
            ? string.Create(CultureInfo.InvariantCulture,
                $"The pace range (prediction ± {Error(half, unit)}) aims to hold {backTest.RangeTargetCoverage:P0} of runs; measured on runs it was not calibrated on, it held {coverage:P0}.")
            : "The pace range's coverage could not be measured on this back-test.";

    private static void Chart(HtmlWriter html, ModelOverview overview, BackTestSummary backTest, DistanceUnit unit)
    {
        if (overview.Points.Count == 0)
        {
            html.Element("p", "The predictions of this back-test were not kept (it ran before they were stored): evaluate again to see them as a chart.", ("data-testid", "backtest-chart-missing"));
            return;
        }

        var baseline = backTest.BestBaseline ?? "baseline";
        var series = new List<LineSeries>
        {
            Series("actual", "Actual pace", overview.Points, p => p.ActualSecondsPerKm, unit),
            Series("transformer", "Transformer", overview.Points, p => p.TransformerSecondsPerKm, unit),
            Series("baseline", $"Best baseline ({baseline})", overview.Points, p => p.BestBaselineSecondsPerKm, unit),
        };
        new LineChart("backtest-chart", "Predicted and actual pace over the back-test's test period")
        {
            Series = [.. series.Where(s => s.Points.Count > 0)],
            ValueName = $"pace /{unit.Symbol()}",
            FormatY = y => Pace.FromSeconds(y, unit).Format(unit).Split(' ')[0],
            FormatX = x => DateOnly.FromDayNumber((int)Math.Round(x)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            InvertY = true,
        }.Write(html, "Each test run's actual pace beside what the Transformer and the best baseline predicted for it, before it was run.");
    }

    private static LineSeries Series(string key, string name, IReadOnlyList<BackTestPoint> points, Func<BackTestPoint, double?> value, DistanceUnit unit) =>
        new(key, name, [.. points
            .Where(p => value(p) is not null)
            .Select(p =>
            {
                var pace = Pace.FromSecondsPerKilometer(value(p)!.Value);
                var day = DateOnly.FromDateTime(p.StartUtc.UtcDateTime);
                return new LinePoint(day.DayNumber + p.StartUtc.UtcDateTime.TimeOfDay.TotalDays, pace.SecondsPer(unit),
                    $"{day:yyyy-MM-dd} {WorkoutTypeName(p.WorkoutType)}: {name} {pace.Format(unit)}");
            })]);

    private static void ErrorTable(HtmlWriter html, ModelOverview overview, BackTestSummary backTest, DistanceUnit unit)
    {
        var types = overview.ByWorkoutType.Select(e => e.WorkoutType).Distinct().Order().ToList();
        var counts = overview.ByWorkoutType.GroupBy(e => e.WorkoutType).ToDictionary(g => g.Key, g => g.First().Count);
        html.Open("table", ("class", "errors"), ("data-testid", "mae-table"))
            .Element("caption", $"Mean absolute error of the predicted pace (s/{unit.Symbol()}): lower is better.")
            .Open("thead").Open("tr")
            .Element("th", "Model", ("scope", "col"))
            .Element("th", "MAE", ("scope", "col"))
            .Element("th", "RMSE", ("scope", "col"));
        foreach (var type in types)
        {
            html.Element("th", string.Create(CultureInfo.InvariantCulture, $"{WorkoutTypeName(type)} ({counts[type]})"), ("scope", "col"));
        }

        html.Close("tr").Close("thead").Open("tbody");
        foreach (var model in backTest.Models)
        {
            var role = model.Name == ModelOverview.TransformerName ? "transformer" : model.Name == backTest.BestBaseline ? "best-baseline" : null;
            html.Open("tr", ("data-model", model.Name), ("data-role", role))
                .Element("th", role == "best-baseline" ? $"{model.Name} (best baseline)" : model.Name, ("scope", "row"))
                .Element("td", Number(model.MaeSecondsPerKm, unit), ("data-testid", "mae-" + model.Name))
                .Element("td", Number(model.RmseSecondsPerKm, unit));
            foreach (var type in types)
            {
                var error = overview.ByWorkoutType.FirstOrDefault(e => e.Model == model.Name && e.WorkoutType == type);
                html.Element("td", error is null ? "-" : Number(error.MaeSecondsPerKm, unit));
            }

            html.Close("tr");
        }

        html.Close("tbody").Close("table");
    }

    private static string WorkoutTypeName(WorkoutType type) => type.ToString().ToLowerInvariant();

    private static string Number(double secondsPerKm, DistanceUnit unit) =>
        (secondsPerKm * unit.Meters() / Distance.MetersPerKilometer).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Error(double secondsPerKm, DistanceUnit unit) => $"{Number(secondsPerKm, unit)} s/{unit.Symbol()}";
}
