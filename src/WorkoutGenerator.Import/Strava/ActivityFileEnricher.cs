using WorkoutGenerator.Domain.Errors;
using System.Globalization;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Import.Activities;
using WorkoutGenerator.Import.ActivityFiles;
using WorkoutGenerator.Import.Strava.Rows;

namespace WorkoutGenerator.Import.Strava;

/// <summary>
/// Completes the CSV's runs from the activity files they name: the local start time (the CSV knows only UTC),
/// elevation gain, heart rate and treadmill where the CSV lacks them, the moving time where the layout has none
/// (legacy exports); for elevation the device's own FIT total_ascent (what Strava shows for such files) comes
/// before the derived gain. Where both have a value the CSV's stays: it is what Strava shows the runner. A disagreement
/// beyond the tolerance, a corrupt file or an implausible value is a Warning naming the file; the run is kept.
/// Files the CSV names but the export lacks are counted in one Warning (and listed in
/// <see cref="ExportReadResult.MissingActivityFiles"/>): activities.csv copied alone names hundreds of them.
/// </summary>
internal sealed class ActivityFileEnricher(IActivityFileSource source, StravaExportReaderOptions options)
{
    public ExportReadResult Enrich(ExportReadResult csv, CancellationToken ct)
    {
        var issues = new List<ImportIssue>(csv.Issues);
        var runs = new List<Run>(csv.Runs.Count);
        var missing = new List<string>();
        var unread = 0;
        foreach (var run in csv.Runs)
        {
            ct.ThrowIfCancellationRequested();
            if (run.ActivityFileName is not { } name)
            {
                runs.Add(run);
            }
            else if (source.Budget.Exhausted)
            {
                unread++;
                runs.Add(run);
            }
            else
            {
                runs.Add(PerFile.Guard(name, issues, "the CSV's values are kept", run, () => Enrich(run, name, csv.Layout, issues, missing)));
            }
        }

        if (missing.Count > 0)
        {
            issues.Add(PerFile.Warn(csv.SourceName, string.Create(CultureInfo.InvariantCulture,
                $"{missing.Count} activity files named in it are not in the export (activities.csv without its activities folder?); those runs keep the CSV's values")));
        }

        if (unread > 0)
        {
            issues.Add(PerFile.Warn(csv.SourceName, string.Create(CultureInfo.InvariantCulture,
                $"{unread} activity files were not read: the import reached its cap of {source.Budget.Total >> 20} MiB inflated; those runs keep the CSV's values")));
        }

        return csv with { Runs = runs, Issues = issues, MissingActivityFiles = missing };
    }

    private Run Enrich(Run run, string name, ExportLayout layout, List<ImportIssue> issues, List<string> missing)
    {
        var read = PerFile.Read(source, name, out var isMissing);
        if (isMissing)
        {
            missing.Add(name);
            return run;
        }

        if (read is null || !read.Succeeded)
        {
            issues.Add(PerFile.Warn(name, $"the file cannot be read ({read?.Describe()}); the CSV's values are kept"));
            return run;
        }

        var summary = ActivityAnalyzer.Analyze(read.Recording!);
        CheckAgreement(run, name, summary, issues);
        var offset = read.Recording!.Metadata.UtcOffset;
        return run with
        {
            StartLocal = ActivityAnalyzer.LocalStart(run.StartUtc, offset) ?? run.StartLocal,
            ElevationGain = run.ElevationGain ?? PerFile.Plausible(name, issues, read.Recording.Metadata.TotalAscent ?? summary.ElevationGain, gain => RunRules.CheckElevationGain(gain.Meters, run.Distance)),
            AverageHeartRate = run.AverageHeartRate ?? PerFile.Plausible(name, issues, summary.AverageHeartRate, hr => RunRules.CheckHeartRate(hr.BeatsPerMinute)),
            MovingTime = layout == ExportLayout.Legacy && summary.MovingTime.TotalSeconds > 0 && RunRules.CheckPace(run.Distance, summary.MovingTime) is null
                ? summary.MovingTime
                : run.MovingTime,
            Treadmill = run.Treadmill || summary.Treadmill,
        };
    }

    private void CheckAgreement(Run run, string name, ActivitySummary file, List<ImportIssue> issues)
    {
        var distanceGap = Math.Abs(run.Distance.Meters - file.Distance.Meters);
        if (file.Distance.Meters > 0 && distanceGap > Math.Max(options.DistanceToleranceFloor.Meters, options.DistanceTolerance * run.Distance.Meters))
        {
            issues.Add(PerFile.Warn(name, string.Create(CultureInfo.InvariantCulture,
                $"activity {InputExcerpt.Of(run.Id)}: the CSV's distance {RowContext.Format(run.Distance.Meters)} m and the file's {RowContext.Format(file.Distance.Meters)} m differ by more than {options.DistanceTolerance:P0}; the CSV's is kept")));
        }

        if (run.ElapsedTime is { } elapsed && file.ElapsedTime.TotalSeconds > 0
            && Math.Abs(elapsed.TotalSeconds - file.ElapsedTime.TotalSeconds) > Math.Max(options.ElapsedToleranceFloor.TotalSeconds, options.ElapsedTolerance * elapsed.TotalSeconds))
        {
            issues.Add(PerFile.Warn(name, $"activity {InputExcerpt.Of(run.Id)}: the CSV's elapsed time {elapsed.Format()} and the file's {file.ElapsedTime.Format()} differ by more than {options.ElapsedTolerance.ToString("P0", CultureInfo.InvariantCulture)}; the CSV's is kept"));
        }
    }
}
