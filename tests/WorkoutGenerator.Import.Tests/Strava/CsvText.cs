using System.Text;
using WorkoutGenerator.Import.Strava;

namespace WorkoutGenerator.Import.Tests.Strava;

/// <summary>Small inline activities.csv fixtures; the English header keeps Strava's duplicated names.</summary>
internal static class CsvText
{
    public const string EnglishHeader =
        "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Filename,Elapsed Time,Moving Time,Distance,Elevation Gain,Average Heart Rate,Competition,Long Run";

    /// <summary>A row for <see cref="EnglishHeader"/>.</summary>
    public static string Row(
        string id = "1", string date = "\"Mar 12, 2024, 6:00:00 PM\"", string name = "Evening Run", string type = "Run", string description = "",
        string elapsedWhole = "3000", string display = "10.00", string file = "", string elapsed = "3000.0",
        string moving = "2950.0", string meters = "10000.0", string gain = "42.0", string heartRate = "150.0", string competition = "", string longRun = "") =>
        string.Join(',', id, date, name, type, description, elapsedWhole, display, file, elapsed, moving, meters, gain, heartRate, competition, longRun);

    public static ExportReadResult Read(string csv, ImportProgressRecorder? progress = null) =>
        new StravaExportReader().ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "activities.csv", progress);

    public static ExportReadResult Read(params string[] lines) => Read(string.Join("\n", lines) + "\n");

    /// <summary>Reads <paramref name="lines"/> as of <paramref name="time"/>'s now.</summary>
    public static ExportReadResult ReadAt(TimeProvider time, params string[] lines) =>
        new StravaExportReader(new StravaExportReaderOptions { Time = time })
            .ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n")), "activities.csv");
}

/// <summary>Collects progress reports synchronously (Progress&lt;T&gt; posts to a thread pool).</summary>
internal sealed class ImportProgressRecorder : IProgress<ImportProgress>
{
    public List<ImportProgress> Reports { get; } = [];

    public void Report(ImportProgress value) => Reports.Add(value);
}
