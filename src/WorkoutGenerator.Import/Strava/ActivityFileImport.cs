using System.Globalization;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Import.Activities;

namespace WorkoutGenerator.Import.Strava;

/// <summary>
/// A watch's folder (or one file) with no activities.csv: each activity file becomes a run, or an other activity
/// when it names another sport. A file that names no sport is taken as a run (this is a running app's import).
/// The id is stable across re-imports: FIT file_id serial number and time_created where the file has both, else
/// the SHA-256 of the uncompressed content. A missing, corrupt or implausible file is a Warning and is left out;
/// <see cref="ExportReadResult.RowsRead"/> counts the files that became an activity.
/// </summary>
internal static class ActivityFileImport
{
    public static ExportReadResult Read(IActivityFileSource source, IReadOnlyList<string> files, string sourceName, CancellationToken ct)
    {
        var runs = new List<Run>();
        var others = new List<OtherActivity>();
        var issues = new List<ImportIssue>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (files.Count > FolderActivitySource.MaxFiles)
        {
            return ExportReadResult.Error(sourceName, $"\"{sourceName}\" holds more than {FolderActivitySource.MaxFiles} activity files; refusing to read it.");
        }

        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            var read = ActivityFileEnricher.ReadFile(source, file, out var missing);
            if (read is null || !read.Succeeded)
            {
                issues.Add(ActivityFileEnricher.Warn(file, missing ? "the file vanished while importing" : $"the file cannot be read ({read?.Describe()}); left out"));
                continue;
            }

            var recording = read.Recording!;
            var summary = ActivityAnalyzer.Analyze(recording);
            var id = Id(recording.Metadata, read.ContentHash!);
            if (summary.StartUtc is not { } start)
            {
                issues.Add(ActivityFileEnricher.Warn(file, "the file has no time in it; left out"));
                continue;
            }

            if (!ids.Add(id))
            {
                issues.Add(ActivityFileEnricher.Warn(file, $"the same recording as an earlier file (id {id}); left out"));
                continue;
            }

            var meta = recording.Metadata;
            if (meta.SportKnown && meta.RunType is null)
            {
                others.Add(new OtherActivity
                {
                    Id = id,
                    Source = ActivitySource.ActivityFile,
                    StartUtc = start,
                    Sport = meta.Sport!,
                    Name = meta.Name,
                    Distance = summary.Distance.Meters > 0 ? summary.Distance : null,
                    MovingTime = summary.MovingTime.TotalSeconds > 0 ? summary.MovingTime : null,
                });
                continue;
            }

            if (Implausible(summary) is { } reason)
            {
                issues.Add(ActivityFileEnricher.Warn(file, $"{reason}; left out"));
                continue;
            }

            var sport = meta.RunType ?? SportType.Run;
            runs.Add(new Run
            {
                Id = id,
                Source = ActivitySource.ActivityFile,
                SourceFile = file,
                StartUtc = start,
                StartLocal = summary.StartLocal,
                Distance = summary.Distance,
                MovingTime = summary.MovingTime,
                ElapsedTime = summary.ElapsedTime,
                ElevationGain = meta.TotalAscent ?? summary.ElevationGain,
                AverageHeartRate = summary.AverageHeartRate,
                Name = meta.Name,
                SportType = sport,
                Treadmill = summary.Treadmill || sport == SportType.VirtualRun,
                ActivityFileName = file,
            });
        }

        return new ExportReadResult(runs, others, issues, runs.Count + others.Count, sourceName, ExportLayout.Current, null);
    }

    internal static string Id(ActivityMetadata meta, string contentHash) =>
        meta.FitSerialNumber is { } serial && meta.FitTimeCreated is { } created
            ? string.Create(CultureInfo.InvariantCulture, $"file:fit:{serial}:{created.ToUnixTimeSeconds()}")
            : "file:sha256:" + contentHash;

    private static string? Implausible(ActivitySummary summary)
    {
        if (summary.Distance < RowRules.ShortestRun)
        {
            return $"a run of {summary.Distance.Meters.ToString("0", CultureInfo.InvariantCulture)} m is too short to train on (under 100 m)";
        }

        if (summary.MovingTime.TotalSeconds <= 0)
        {
            return "the moving time is zero";
        }

        var pace = Pace.Of(summary.Distance, summary.MovingTime);
        return pace < RowRules.FastestPace || pace > RowRules.SlowestPace
            ? $"pace {pace.Format(DistanceUnit.Kilometer)} is not a plausible run"
            : null;
    }
}
