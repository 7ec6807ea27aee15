namespace WorkoutGenerator.Domain.Runs;

/// <summary>
/// Where an activity came from. It matters beyond bookkeeping: Strava's API terms forbid training a model on
/// API data, so only <see cref="BulkExport"/> and <see cref="ActivityFile"/> runs may be trained on.
/// </summary>
public enum ActivitySource
{
    BulkExport,
    ActivityFile,
    StravaApi,
}

public static class ActivitySourceExtensions
{
    public static bool MayTrainOn(this ActivitySource source) => source is ActivitySource.BulkExport or ActivitySource.ActivityFile;

    /// <summary>The stable name used in storage and JSON output.</summary>
    public static string Code(this ActivitySource source) => source switch
    {
        ActivitySource.BulkExport => "bulk_export",
        ActivitySource.ActivityFile => "activity_file",
        ActivitySource.StravaApi => "strava_api",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown activity source."),
    };

    public static ActivitySource ParseCode(string code) => code switch
    {
        "bulk_export" => ActivitySource.BulkExport,
        "activity_file" => ActivitySource.ActivityFile,
        "strava_api" => ActivitySource.StravaApi,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown activity source code."),
    };
}
