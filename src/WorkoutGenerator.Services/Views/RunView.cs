using System.Text.Json.Serialization;
using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Services.Views;

/// <summary>A run as JSON shows it: SI units named in the field, ISO 8601 times, nulls kept.</summary>
public sealed record RunView(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("start_utc")] string StartUtc,
    [property: JsonPropertyName("start_local")] string? StartLocal,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("sport_type")] string SportType,
    [property: JsonPropertyName("workout_type")] string WorkoutType,
    [property: JsonPropertyName("distance_m")] double DistanceMeters,
    [property: JsonPropertyName("moving_time_s")] double MovingTimeSeconds,
    [property: JsonPropertyName("elapsed_time_s")] double? ElapsedTimeSeconds,
    [property: JsonPropertyName("pace_s_per_km")] double PaceSecondsPerKilometer,
    [property: JsonPropertyName("elevation_gain_m")] double? ElevationGainMeters,
    [property: JsonPropertyName("average_heart_rate_bpm")] double? AverageHeartRate,
    [property: JsonPropertyName("treadmill")] bool Treadmill)
{
    public static RunView From(Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new RunView(
            run.Id,
            run.Source.Code(),
            run.StartUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            run.StartLocal?.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
            run.Name,
            run.SportType.Code(),
            run.WorkoutType.Code(),
            Math.Round(run.Distance.Meters, 1),
            Math.Round(run.MovingTime.TotalSeconds, 1),
            run.ElapsedTime is { } elapsed ? Math.Round(elapsed.TotalSeconds, 1) : null,
            Math.Round(run.Pace.SecondsPerKilometer, 1),
            run.ElevationGain is { } gain ? Math.Round(gain.Meters, 1) : null,
            run.AverageHeartRate?.BeatsPerMinute,
            run.Treadmill);
    }
}
