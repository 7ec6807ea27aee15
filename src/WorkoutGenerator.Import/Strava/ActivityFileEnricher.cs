using System.Globalization;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Import.Activities;

namespace WorkoutGenerator.Import.Strava;

/// <summary>
/// Completes the CSV's runs from the activity files they name: the local start time (the CSV knows only UTC),
/// elevation gain, heart rate and treadmill where the CSV lacks them, the moving time where the layout has none
/// (legacy exports); for elevation the device's own FIT total_ascent (what Strava shows for such files) comes
/// before the derived gain. Where both have a value the CSV's stays: it is what Strava shows the runner. A disagreement
/// beyond the tolerance, a missing file or a corrupt one is a Warning naming the file; the run is kept.
/// </summary>
internal sealed class ActivityFileEnricher(IActivityFileSource source, StravaExportReaderOptions options)
{
    public ExportReadResult Enrich(ExportReadResult csv, CancellationToken ct)
    {
        var issues = new List<ImportIssue>(csv.Issues);
        var runs = new List<Run>(csv.Runs.Count);
        foreach (var run in csv.Runs)
        {
            ct.ThrowIfCancellationRequested();
            runs.Add(run.ActivityFileName is { } name ? Enrich(run, name, csv.Layout, issues) : run);
        }

        return csv with { Runs = runs, Issues = issues };
    }

    private Run Enrich(Run run, string name, ExportLayout layout, List<ImportIssue> issues)
    {
        var read = ReadFile(source, name, out var missing);
        if (read is null || !read.Succeeded)
        {
            issues.Add(Warn(name, missing
                ? $"activity {run.Id} names this file, but it is not in the export; the CSV's values are kept"
                : $"the file cannot be read ({read?.Describe()}); the CSV's values are kept"));
            return run;
        }

        var summary = ActivityAnalyzer.Analyze(read.Recording!);
        CheckAgreement(run, name, summary, issues);
        var offset = read.Recording!.Metadata.UtcOffset;
        return run with
        {
            StartLocal = ActivityAnalyzer.LocalStart(run.StartUtc, offset) ?? run.StartLocal,
            ElevationGain = run.ElevationGain ?? read.Recording.Metadata.TotalAscent ?? summary.ElevationGain,
            AverageHeartRate = run.AverageHeartRate ?? summary.AverageHeartRate,
            MovingTime = layout == ExportLayout.Legacy && summary.MovingTime.TotalSeconds > 0 ? summary.MovingTime : run.MovingTime,
            Treadmill = run.Treadmill || summary.Treadmill,
        };
    }

    /// <summary>Reads one named file; null with <paramref name="missing"/> when it is not there.</summary>
    internal static ActivityReadResult? ReadFile(IActivityFileSource source, string name, out bool missing)
    {
        missing = false;
        try
        {
            using var stream = source.Open(name);
            if (stream is null)
            {
                missing = true;
                return null;
            }

            return ActivityFileReaders.Read(stream, name);
        }
        catch (IOException ex)
        {
            return new ActivityReadResult(name, null, null, ex.Message, null);
        }
        catch (InvalidDataException ex)
        {
            return new ActivityReadResult(name, null, null, $"The archive entry is corrupt: {ex.Message}", null);
        }
        catch (UnauthorizedAccessException ex)
        {
            return new ActivityReadResult(name, null, null, ex.Message, null);
        }
    }

    private void CheckAgreement(Run run, string name, ActivitySummary file, List<ImportIssue> issues)
    {
        var distanceGap = Math.Abs(run.Distance.Meters - file.Distance.Meters);
        if (file.Distance.Meters > 0 && distanceGap > Math.Max(options.DistanceToleranceFloor.Meters, options.DistanceTolerance * run.Distance.Meters))
        {
            issues.Add(Warn(name, string.Create(CultureInfo.InvariantCulture,
                $"activity {run.Id}: the CSV's distance {run.Distance.Meters:0} m and the file's {file.Distance.Meters:0} m differ by more than {options.DistanceTolerance:P0}; the CSV's is kept")));
        }

        if (run.ElapsedTime is { } elapsed && file.ElapsedTime.TotalSeconds > 0
            && Math.Abs(elapsed.TotalSeconds - file.ElapsedTime.TotalSeconds) > Math.Max(options.ElapsedToleranceFloor.TotalSeconds, options.ElapsedTolerance * elapsed.TotalSeconds))
        {
            issues.Add(Warn(name, $"activity {run.Id}: the CSV's elapsed time {elapsed.Format()} and the file's {file.ElapsedTime.Format()} differ by more than {options.ElapsedTolerance.ToString("P0", CultureInfo.InvariantCulture)}; the CSV's is kept"));
        }
    }

    internal static ImportIssue Warn(string file, string reason) => new(file, 0, null, null, reason, ImportIssueSeverity.Warning);
}
