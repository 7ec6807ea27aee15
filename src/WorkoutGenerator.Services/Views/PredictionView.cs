using System.Globalization;
using System.Text.Json.Serialization;
using WorkoutGenerator.Services.Modeling;

namespace WorkoutGenerator.Services.Views;

/// <summary>`predict --json`: paces in seconds per km, rounded to a tenth; the coverage to a thousandth.</summary>
public sealed record PredictionView(
    [property: JsonPropertyName("at")] string At,
    [property: JsonPropertyName("s_per_km")] double SecondsPerKm,
    [property: JsonPropertyName("low_s_per_km")] double LowSecondsPerKm,
    [property: JsonPropertyName("high_s_per_km")] double HighSecondsPerKm,
    [property: JsonPropertyName("range_coverage")] double? RangeCoverage,
    [property: JsonPropertyName("members_s_per_km")] IReadOnlyList<double> MemberSecondsPerKm,
    [property: JsonPropertyName("beats_best_baseline")] bool? BeatsBestBaseline,
    [property: JsonPropertyName("best_baseline")] string? BestBaseline,
    [property: JsonPropertyName("baseline_s_per_km")] double? BaselineSecondsPerKm)
{
    public static PredictionView From(PredictionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new PredictionView(
            result.AtLocal.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
            Math.Round(result.SecondsPerKm, 1),
            Math.Round(result.LowSecondsPerKm, 1),
            Math.Round(result.HighSecondsPerKm, 1),
            result.RangeCoverage is { } coverage ? Math.Round(coverage, 3) : null,
            result.MemberSecondsPerKm.Select(member => Math.Round(member, 1)).ToList(),
            result.BeatsBestBaseline,
            result.BestBaseline,
            result.BaselineSecondsPerKm is { } baseline ? Math.Round(baseline, 1) : null);
    }
}
