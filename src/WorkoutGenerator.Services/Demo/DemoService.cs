using WorkoutGenerator.Domain.Analytics;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Import.Demo;
using WorkoutGenerator.Import.Strava;
using WorkoutGenerator.Services.Importing;
using WorkoutGenerator.Services.TimeZones;
using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Services.Demo;

/// <summary>What the demo did: the export it wrote, how the import went, and the demo athlete's history on their clock.</summary>
public sealed record DemoResult(string ExportPath, ImportSummary Import, IReadOnlyList<Run> Runs, IReadOnlyList<WeekVolume> Weeks, TimeZoneResolution TimeZone);

/// <summary>
/// The built-in demo: writes the demo athlete's Strava export into a work folder and imports it, through the same
/// reader and storage a real export goes through, into a database in that folder.
/// </summary>
public sealed class DemoService
{
    private readonly TimeProvider _time;

    public DemoService(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
    }

    public DemoResult Run(string workDirectory, int seed, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workDirectory);
        Directory.CreateDirectory(workDirectory);
        var options = new DemoAthleteOptions { Seed = seed, LastDay = Yesterday() };
        var exportPath = DemoAthlete.WriteExport(workDirectory, options);
        using var database = WorkoutDatabase.Open(Path.Combine(workDirectory, "demo.db"), _time);
        var summary = new ImportService(new StravaExportReader(new StravaExportReaderOptions { Time = _time }), database, _time).Import(exportPath, progress, cancellationToken);
        var (zone, runs) = RunnerTimeZones.Load(database, _time);
        return new DemoResult(exportPath, summary, runs, WeeklyVolumes.Compute(runs), zone);
    }

    private DateOnly Yesterday() => DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime).AddDays(-1);
}
