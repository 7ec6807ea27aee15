using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Import.Strava;
using WorkoutGenerator.Services.Importing;
using WorkoutGenerator.Storage;
using ImportIssue = WorkoutGenerator.Services.Importing.ImportIssue;
using ImportProgress = WorkoutGenerator.Services.Importing.ImportProgress;

namespace WorkoutGenerator.Services.Application;

/// <summary>
/// Imports a Strava bulk export (the zip, its folder, activities.csv) or a watch's activity files: reads it,
/// classifies the runs against the runner's whole stored history, and stores what is new together with the
/// reclassified stored runs in one transaction. A source that cannot be read, a failure or a cancellation (Ctrl-C,
/// honoured while reading, classifying and storing) leaves the database as it was.
/// </summary>
public sealed class ImportUseCase
{
    private readonly Workspace _workspace;

    internal ImportUseCase(Workspace workspace) => _workspace = workspace;

    /// <summary>
    /// Reads <paramref name="path"/> and stores what is new in one transaction. A source that cannot be read comes
    /// back as a summary with <see cref="ImportSummary.Failed"/> set and nothing stored; a cancel stores nothing.
    /// </summary>
    public ImportSummary Run(string path, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _workspace.RequireWritable("Import");
        var reader = new StravaExportReader(new StravaExportReaderOptions { Time = _workspace.Time });
        try
        {
            var summary = ImportInto(reader, path, progress, cancellationToken);
            if (summary.Failed)
            {
                _workspace.DiscardIfCreatedAndEmpty();
            }

            return summary;
        }
        catch
        {
            _workspace.DiscardIfCreatedAndEmpty();
            throw;
        }
    }

    private ImportSummary ImportInto(StravaExportReader reader, string path, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var read = reader.Read(path, ImportProgress.ForReader(progress), cancellationToken);
        var issues = ImportIssue.From(read.Issues);
        if (read.Failed && read.RowsRead == 0)
        {
            return new ImportSummary(read.SourceName, 0, 0, 0, 0, 0, 0, issues);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var activities = _workspace.Database.Activities;
        var stored = activities.GetRuns();
        var storedKeys = stored.Select(Key).ToHashSet();
        var incoming = read.Runs.Where(run => !storedKeys.Contains(Key(run))).ToList();

        // Classification looks at each run's recent past, so new runs are classified together with the stored
        // ones; stored runs whose class changes (an older export filling a gap) are updated after the import.
        var classified = new WorkoutClassifier().Classify([.. stored, .. incoming], cancellationToken);
        var newRuns = classified.Skip(stored.Count).ToList();
        var changed = classified.Take(stored.Count)
            .Zip(stored, (now, before) => (now, before))
            .Where(pair => pair.now.WorkoutType != pair.before.WorkoutType)
            .Select(pair => (pair.now.Source, pair.now.Id, pair.now.WorkoutType))
            .ToList();

        var record = new ImportRecord(
            read.SourceName,
            _workspace.Time.GetUtcNow(),
            read.RowsRead,
            read.SkippedRows,
            read.Language is null ? null : $"language={read.Language}; layout={read.Layout}");
        var saved = activities.SaveImport(record, newRuns, read.OtherActivities, changed, cancellationToken);
        return new ImportSummary(
            read.SourceName,
            read.RowsRead,
            saved.RunsAdded,
            read.Runs.Count - saved.RunsAdded,
            saved.OthersAdded,
            saved.OthersAlreadyStored,
            read.SkippedRows,
            issues)
        {
            DuplicateRows = read.DuplicateRows,
            MissingActivityFiles = read.MissingActivityFiles,
        };
    }

    private static (ActivitySource, string) Key(Run run) => (run.Source, run.Id);
}
