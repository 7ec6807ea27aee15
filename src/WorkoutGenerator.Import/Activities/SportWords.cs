using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Import.Activities;

/// <summary>
/// The sport words of GPX &lt;type&gt; and TCX Sport: Strava's phone apps write numbers (9 = run, 1 = ride),
/// Garmin Connect writes "running", "trail_running", "treadmill_running", Strava's web export "Run".
/// </summary>
internal static class SportWords
{
    public static SportType? RunType(string? sport) => Normalize(sport) switch
    {
        "9" or "run" or "running" or "street_running" or "track_running" or "treadmill_running" or "indoor_running" => SportType.Run,
        "trailrun" or "trail_running" or "trail_run" => SportType.TrailRun,
        "virtualrun" or "virtual_run" or "virtual_running" => SportType.VirtualRun,
        _ => null,
    };

    public static bool IsTreadmill(string? sport) => Normalize(sport) is "treadmill_running" or "indoor_running" or "virtualrun" or "virtual_run";

    /// <summary>TCX's "Other" and an empty type name no sport.</summary>
    public static string? Known(string? sport) =>
        string.IsNullOrWhiteSpace(sport) || sport.Trim().Equals("Other", StringComparison.OrdinalIgnoreCase) ? null : sport.Trim();

    private static string Normalize(string? sport) => (sport ?? string.Empty).Trim().Replace(' ', '_').ToLowerInvariant();
}
