using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Import.Strava;
using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Services.Importing;

/// <summary>
/// Reads a Strava export, classifies the runs against the runner's whole stored history, and stores what is
/// new together with the reclassified stored runs in one transaction. A source that cannot be read, a failure
/// or a cancellation (Ctrl-C, honoured while reading, classifying and storing) leaves the database as it was.
/// </summary>
public sealed class ImportService
{
    private readonly StravaExportReader _reader;
    private readonly WorkoutDatabase _database;
    private readonly TimeProvider _time;

    public ImportService(StravaExportReader reader, WorkoutDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _reader = reader;
        _database = database;
        _time = time;
    }

    public ImportSummary Import(string path, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var read = _reader.Read(path, progress, cancellationToken);
        if (read.Failed && read.RowsRead == 0)
        {
            return new ImportSummary(read.SourceName, 0, 0, 0, 0, 0, 0, read.Issues);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var stored = _database.Activities.GetRuns();
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
            _time.GetUtcNow(),
            read.RowsRead,
            read.SkippedRows,
            read.Language is null ? null : $"language={read.Language}; layout={read.Layout}");
        var saved = _database.Activities.SaveImport(record, newRuns, read.OtherActivities, changed, cancellationToken);
        return new ImportSummary(
            read.SourceName,
            read.RowsRead,
            saved.RunsAdded,
            read.Runs.Count - saved.RunsAdded,
            saved.OthersAdded,
            saved.OthersAlreadyStored,
            read.SkippedRows,
            read.Issues)
        {
            DuplicateRows = read.DuplicateRows,
            MissingActivityFiles = read.MissingActivityFiles,
        };
    }

    private static (ActivitySource, string) Key(Run run) => (run.Source, run.Id);
}
