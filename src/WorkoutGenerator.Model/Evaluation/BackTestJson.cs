using System.Text.Json;
using System.Text.Json.Serialization;
using WorkoutGenerator.Model.Prediction;

namespace WorkoutGenerator.Model.Evaluation;

/// <summary>
/// The one JSON document of <c>workoutgen evaluate --json</c>:
/// <c>{"samples":{"train":N,"validation":N,"test":N},"folds":N,"fold_scheme":{"by":"test_runs","min_test_runs":10,
/// "max_folds":8},"fold_test_runs":[N,...],"best_baseline":"ewma",
/// "models":[{"name":"ewma","n":N,"mae_s_per_km":x,"rmse_s_per_km":x,"mae_s_per_mi":x,"rmse_s_per_mi":x,
/// "beats_best_baseline":true,"by_workout_type":{"easy":{"n":N,"mae_s_per_km":x,...}}}],
/// "conditioned":{"best_baseline":"gbdt","models":[...]}}</c>.
/// <c>models</c> and the top-level <c>best_baseline</c> are the question without a plan (the seed's task);
/// <c>conditioned</c> holds the same two fields, with the same model fields, for the question with the planned type
/// and distance known, on the same samples and folds. <c>beats_best_baseline</c> appears only on models that are
/// not baselines (e.g. "transformer"). <c>fold_scheme</c> says how the test period was cut: by count of test runs
/// (<c>"by":"test_runs"</c>, the default) or into spans of days (<c>"by":"days","days":28</c>, also written as the
/// top-level <c>fold_days</c>, which is absent otherwise); <c>fold_test_runs</c> is each fold's count of test runs.
/// Errors are rounded to 0.001 s.
/// </summary>
public static class BackTestJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    public static string Serialize(BackTestReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var unconditioned = ToJson(report.Unconditioned);
        var document = new ReportJson(
            new SamplesJson(report.TrainSamples, report.ValidationSamples, report.TestSamples),
            report.Folds,
            report.FoldLength?.TotalDays,
            report.FoldLength is { } length
                ? new FoldSchemeJson("days", null, null, length.TotalDays)
                : new FoldSchemeJson("test_runs", report.MinTestRunsPerFold, report.MaxFolds, null),
            report.FoldTestRuns,
            unconditioned.BestBaseline,
            unconditioned.Models,
            report.Conditioned is { } conditioned ? ToJson(conditioned) : null);
        return JsonSerializer.Serialize(document, Options);
    }

    private static TaskJson ToJson(BackTestTask task) => new(task.BestBaseline()?.Name, [.. task.Models.Select(m => ToJson(m, task))]);

    /// <summary>The name a workout type has in JSON, e.g. "easy" or "long".</summary>
    public static string WorkoutTypeCode(Domain.Runs.WorkoutType type) => JsonNamingPolicy.SnakeCaseLower.ConvertName(type.ToString());

    private static ModelJson ToJson(ModelScore model, BackTestTask task)
    {
        var isBaseline = PaceBaselines.ToBeat.Contains(model.Name);
        var overall = model.Overall;
        return new ModelJson(
            model.Name,
            overall.Count,
            Round(overall.MaeSecondsPerKm),
            Round(overall.RmseSecondsPerKm),
            Round(overall.MaeSecondsPerMile),
            Round(overall.RmseSecondsPerMile),
            isBaseline ? null : task.Beats(model.Name),
            model.ByWorkoutType.ToDictionary(
                p => WorkoutTypeCode(p.Key),
                p => new ErrorsJson(p.Value.Count, Round(p.Value.MaeSecondsPerKm), Round(p.Value.RmseSecondsPerKm), Round(p.Value.MaeSecondsPerMile), Round(p.Value.RmseSecondsPerMile))));
    }

    private static double Round(double value) => Math.Round(value, 3, MidpointRounding.AwayFromZero);

    private sealed record ReportJson(SamplesJson Samples, int Folds, double? FoldDays, FoldSchemeJson FoldScheme, IReadOnlyList<int> FoldTestRuns, string? BestBaseline, IReadOnlyList<ModelJson> Models, TaskJson? Conditioned);

    private sealed record FoldSchemeJson(string By, int? MinTestRuns, int? MaxFolds, double? Days);

    private sealed record TaskJson(string? BestBaseline, IReadOnlyList<ModelJson> Models);

    private sealed record SamplesJson(int Train, int Validation, int Test);

    private sealed record ModelJson(
        string Name,
        int N,
        [property: JsonPropertyName("mae_s_per_km")] double MaeSPerKm,
        [property: JsonPropertyName("rmse_s_per_km")] double RmseSPerKm,
        [property: JsonPropertyName("mae_s_per_mi")] double MaeSPerMi,
        [property: JsonPropertyName("rmse_s_per_mi")] double RmseSPerMi,
        bool? BeatsBestBaseline,
        IReadOnlyDictionary<string, ErrorsJson> ByWorkoutType);

    private sealed record ErrorsJson(
        int N,
        [property: JsonPropertyName("mae_s_per_km")] double MaeSPerKm,
        [property: JsonPropertyName("rmse_s_per_km")] double RmseSPerKm,
        [property: JsonPropertyName("mae_s_per_mi")] double MaeSPerMi,
        [property: JsonPropertyName("rmse_s_per_mi")] double RmseSPerMi);
}
