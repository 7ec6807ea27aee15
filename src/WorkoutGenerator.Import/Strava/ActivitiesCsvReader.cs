using System.Globalization;
using System.Text;
using CsvHelper;
using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Import.Strava;

/// <summary>Reads one activities.csv stream: header, then every row into a run, another activity or an issue.</summary>
internal static class ActivitiesCsvReader
{
    private const int ProgressEveryRows = 100;

    public static ExportReadResult Read(Stream csv, string sourceName, long? totalBytes, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var counting = csv as CountingStream ?? new CountingStream(csv);
        var issues = new List<ImportIssue>();
        using var text = new StreamReader(counting, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        using var records = new CsvRecordReader(text);
        if (records.Read() is not { } header)
        {
            return ExportReadResult.Error(sourceName, "The file is empty: no header row.");
        }

        var (map, error) = HeaderMap.Build(header.Fields, sourceName, issues);
        if (map is null)
        {
            return ExportReadResult.Error(sourceName, error!);
        }

        var rows = new List<CsvRecord>();
        while (records.Read() is { } record)
        {
            ct.ThrowIfCancellationRequested();
            rows.Add(record);
            if (rows.Count % ProgressEveryRows == 0)
            {
                progress?.Report(new ImportProgress(counting.BytesRead, totalBytes, rows.Count));
            }
        }

        var (unit, unitWarning) = DisplayUnitInference.Infer(map, rows);
        if (map[StravaField.MovingTime] is null)
        {
            issues.Add(new ImportIssue(sourceName, header.Line, null, null, "the file has no moving time column; each run's moving time is its elapsed time", ImportIssueSeverity.Warning));
        }

        var converter = new RowConverter(sourceName, unit);
        var runs = new List<Run>();
        var others = new List<OtherActivity>();
        foreach (var record in rows)
        {
            ct.ThrowIfCancellationRequested();
            var row = new RowContext(record, map, sourceName, issues);
            if (record.Fields.Length != map.Headers.Count)
            {
                row.Skip(null, string.Create(CultureInfo.InvariantCulture,
                    $"the row has {record.Fields.Length} fields but the header has {map.Headers.Count}; it is cut short or misaligned"));
                continue;
            }

            if (record.BadData is not null)
            {
                row.Warn(null, "a field has a stray quote; read as written");
            }

            var (run, other) = converter.Convert(row);
            if (run is not null)
            {
                runs.Add(run);
            }
            else if (other is not null)
            {
                others.Add(other);
            }
        }

        // The unit guess is only worth a warning when a distance was actually converted with it.
        if (unitWarning is not null && converter.UsedDisplayDistance)
        {
            issues.Insert(0, new ImportIssue(sourceName, header.Line, map[StravaField.DisplayDistance] + 1, map.NameOf(StravaField.DisplayDistance), unitWarning, ImportIssueSeverity.Warning));
        }

        progress?.Report(new ImportProgress(counting.BytesRead, totalBytes, rows.Count));
        return new ExportReadResult(runs, others, issues, rows.Count, sourceName, map.Layout, map.Language);
    }

    /// <summary>Parser failures become an Error result that says where, not an exception.</summary>
    public static ExportReadResult ReadGuarded(Stream csv, string sourceName, long? totalBytes, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        try
        {
            return Read(csv, sourceName, totalBytes, progress, ct);
        }
        catch (CsvHelperException ex)
        {
            var line = ex.Context?.Parser?.RawRow ?? 0;
            return new ExportReadResult([], [], [new ImportIssue(sourceName, (int)line, null, null, $"The CSV cannot be parsed: {ex.Message.Split('\n')[0].Trim()}", ImportIssueSeverity.Error)],
                0, sourceName, ExportLayout.Current, null);
        }
    }
}
