using System.Text.Json.Serialization;
using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Services.Views;

public sealed record WeekView(
    [property: JsonPropertyName("week_start")] string WeekStart,
    [property: JsonPropertyName("runs")] int Runs,
    [property: JsonPropertyName("distance_m")] double DistanceMeters,
    [property: JsonPropertyName("moving_time_s")] double MovingTimeSeconds,
    [property: JsonPropertyName("longest_run_m")] double? LongestRunMeters,
    [property: JsonPropertyName("elevation_gain_m")] double ElevationGainMeters,
    [property: JsonPropertyName("long_runs")] int LongRuns)
{
    public static WeekView From(WeekVolume week)
    {
        ArgumentNullException.ThrowIfNull(week);
        return new WeekView(
            week.WeekStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            week.Runs,
            Math.Round(week.Distance.Meters, 1),
            Math.Round(week.MovingTime.TotalSeconds, 1),
            week.LongestRun is { } longest ? Math.Round(longest.Meters, 1) : null,
            Math.Round(week.ElevationGain.Meters, 1),
            week.LongRuns);
    }
}
