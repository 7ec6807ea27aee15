using WorkoutGenerator.Domain.Errors;
using System.Globalization;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Import.Activities;

namespace WorkoutGenerator.Import.ActivityFiles;

/// <summary>
/// A watch's folder (or one file) with no activities.csv: each activity file becomes a run, or an other activity
/// when it names another sport. A file that names no sport is taken as a run (this is a running app's import).
/// The id is stable across re-imports: FIT file_id serial number and time_created where the file has both, else
/// the SHA-256 of the uncompressed content. A missing, corrupt or implausible file, and anything the source passed
/// over (a link leaving the folder, a FIFO), is a Warning and is left out; one file failing, even on a bug, never
/// stops the others (<see cref="PerFile"/>). <see cref="ExportReadResult.RowsRead"/> counts the files that became an activity.
/// </summary>
internal static class ActivityFileImport
{
    public static ExportReadResult Read(
        IActivityFileSource source, IReadOnlyList<string> files, IReadOnlyList<(string Path, string Reason)> skipped, string sourceName, DateTimeOffset now, CancellationToken ct)
    {
        var issues = skipped.Select(s => PerFile.Warn(s.Path, s.Reason)).ToList();
        if (files.Count > FolderActivitySource.MaxFiles)
        {
            return ExportReadResult.Error(sourceName, $"\"{InputExcerpt.Of(sourceName)}\" holds more than {FolderActivitySource.MaxFiles} activity files; refusing to read it.");
        }

        var activities = new Activities(now);
        var unread = 0;
        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            if (source.Budget.Exhausted)
            {
                unread++;
                continue;
            }

            PerFile.Guard(file, issues, "left out", false, () => activities.Add(source, file, issues));
        }

        if (unread > 0)
        {
            issues.Add(PerFile.Warn(sourceName, string.Create(CultureInfo.InvariantCulture,
                $"{unread} activity files were not read: the import reached its cap of {source.Budget.Total >> 20} MiB inflated")));
        }

        return new ExportReadResult(activities.Runs, activities.Others, issues, activities.Runs.Count + activities.Others.Count, sourceName, ExportLayout.Current, null);
    }

    internal static string Id(ActivityMetadata meta, string contentHash) =>
        meta.FitSerialNumber is { } serial && meta.FitTimeCreated is { } created
            ? string.Create(CultureInfo.InvariantCulture, $"file:fit:{serial}:{created.ToUnixTimeSeconds()}")
            : "file:sha256:" + contentHash;

    /// <summary>The activities of one import's files, each range-checked as a CSV row is (<see cref="RunRules"/>).</summary>
    private sealed class Activities(DateTimeOffset now)
    {
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

        public List<Run> Runs { get; } = [];

        public List<OtherActivity> Others { get; } = [];

        public bool Add(IActivityFileSource source, string file, List<ImportIssue> issues)
        {
            var read = PerFile.Read(source, file, out var missing);
            if (read is null || !read.Succeeded)
            {
                return Leave(issues, file, missing ? "the file vanished while importing" : $"the file cannot be read ({read?.Describe()})");
            }

            var recording = read.Recording!;
            var summary = ActivityAnalyzer.Analyze(recording);
            var id = Id(recording.Metadata, read.ContentHash!);
            if (summary.StartUtc is not { } start)
            {
                return Leave(issues, file, "the file has no time in it");
            }

            if (RunRules.CheckStart(start, now) is { } badDate)
            {
                return Leave(issues, file, badDate);
            }

            if (!_ids.Add(id))
            {
                return Leave(issues, file, $"the same recording as an earlier file (id {id})");
            }

            var meta = recording.Metadata;
            if (meta.SportKnown && meta.RunType is null)
            {
                Others.Add(new OtherActivity
                {
                    Id = id,
                    Source = ActivitySource.ActivityFile,
                    StartUtc = start,
                    Sport = meta.Sport!,
                    Name = meta.Name,
                    Distance = summary.Distance.Meters > 0 && RunRules.CheckOtherDistance(summary.Distance.Meters) is null ? summary.Distance : null,
                    MovingTime = summary.MovingTime.TotalSeconds > 0 && RunRules.CheckOptionalSeconds("time", summary.MovingTime.TotalSeconds) is null ? summary.MovingTime : null,
                });
                return true;
            }

            if (RunRules.CheckRunDistance(summary.Distance) is { } badDistance)
            {
                return Leave(issues, file, badDistance);
            }

            if (summary.MovingTime.TotalSeconds <= 0)
            {
                return Leave(issues, file, "the moving time is zero");
            }

            if (RunRules.CheckPace(summary.Distance, summary.MovingTime) is { } badPace)
            {
                return Leave(issues, file, badPace);
            }

            var gain = meta.TotalAscent ?? summary.ElevationGain;
            var sport = meta.RunType ?? SportType.Run;
            Runs.Add(new Run
            {
                Id = id,
                Source = ActivitySource.ActivityFile,
                SourceFile = file,
                StartUtc = start,
                StartLocal = summary.StartLocal,
                Distance = summary.Distance,
                MovingTime = summary.MovingTime,
                ElapsedTime = RunRules.CheckOptionalSeconds("elapsed time", summary.ElapsedTime.TotalSeconds) is null ? summary.ElapsedTime : null,
                ElevationGain = PerFile.Plausible(file, issues, gain, g => RunRules.CheckElevationGain(g.Meters, summary.Distance)),
                AverageHeartRate = PerFile.Plausible(file, issues, summary.AverageHeartRate, hr => RunRules.CheckHeartRate(hr.BeatsPerMinute)),
                Name = meta.Name,
                SportType = sport,
                Treadmill = summary.Treadmill || sport == SportType.VirtualRun,
                ActivityFileName = file,
            });
            return true;
        }

        private static bool Leave(List<ImportIssue> issues, string file, string reason)
        {
            issues.Add(PerFile.Warn(file, $"{reason}; left out"));
            return false;
        }
    }
}
