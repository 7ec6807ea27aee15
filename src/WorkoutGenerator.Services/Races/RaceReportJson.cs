using System.Text.Json.Nodes;
using WorkoutGenerator.Domain.Fitness;

namespace WorkoutGenerator.Services.Races;

/// <summary>
/// The <c>races</c> object of <c>evaluate --json</c>:
/// <c>{"weeks_out":[4,8],"min_own_races":5,"corpus_winner":"fitness","chosen_method":"...","choice":"...",
/// "scores":[{"distance":"marathon"|"all","weeks_out":4,"method":"fitness","n":N,"median_abs_error":x,"median_bias":x,
/// "within_3":x,"within_5":x,"band_80":x}],"races":[{"run_id":"...","date":"yyyy-MM-dd","distance":"half",
/// "actual_s":x,"predictions":[{"weeks_out":4,"method":"fitness","predicted_s":x|null,"error":x|null}]}]}</c>.
/// Errors are fractions (0.029 = 2.9%), predicted / actual - 1: positive when the prediction was too slow.
/// </summary>
public static class RaceReportJson
{
    public static JsonObject ToJson(RaceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var scores = new JsonArray(report.Scores.Select(s => (JsonNode)new JsonObject
        {
            ["distance"] = s.DistanceCode,
            ["weeks_out"] = s.WeeksOut,
            ["method"] = s.Errors.Method,
            ["n"] = s.Errors.Races,
            ["median_abs_error"] = Round(s.Errors.MedianAbsoluteError),
            ["median_bias"] = Round(s.Errors.MedianBias),
            ["within_3"] = Round(s.Errors.Within3),
            ["within_5"] = Round(s.Errors.Within5),
            ["band_80"] = Round(s.Errors.Band80),
        }).ToArray());
        var races = new JsonArray(report.Replays.GroupBy(r => (r.RunId, r.RaceDate, r.Race, r.Actual)).Select(g => (JsonNode)new JsonObject
        {
            ["run_id"] = g.Key.RunId,
            ["date"] = g.Key.RaceDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["distance"] = g.Key.Race.Code(),
            ["actual_s"] = Math.Round(g.Key.Actual.TotalSeconds, 1),
            ["predictions"] = new JsonArray(g.Select(r => (JsonNode)new JsonObject
            {
                ["weeks_out"] = r.WeeksOut,
                ["method"] = r.Method,
                ["predicted_s"] = r.Predicted is { } p ? Math.Round(p.TotalSeconds, 1) : null,
                ["error"] = r.Error is { } e ? Round(e) : null,
            }).ToArray()),
        }).ToArray());
        return new JsonObject
        {
            ["weeks_out"] = new JsonArray(RaceBackTest.DefaultWeeksOut.Select(w => (JsonNode)w).ToArray()),
            ["min_own_races"] = RaceGoals.MinOwnRaces,
            ["corpus_winner"] = RaceGoals.CorpusWinner,
            ["chosen_method"] = report.Choice.Method,
            ["choice"] = report.Choice.Why,
            ["scores"] = scores,
            ["races"] = races,
        };
    }

    private static double Round(double value) => Math.Round(value, 4);
}
