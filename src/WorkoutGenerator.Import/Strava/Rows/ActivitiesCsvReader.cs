using WorkoutGenerator.Domain.Errors;
using System.Globalization;
using System.Text;
using CsvHelper;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Import.Csv;
using WorkoutGenerator.Import.Guards;
using WorkoutGenerator.Import.Strava.Columns;

namespace WorkoutGenerator.Import.Strava.Rows;

/// <summary>
/// Reads one activities.csv stream: header, then every row into a run, another activity or an issue. The stream is
/// read within <see cref="CsvLimits"/>; <c>now</c> in <see cref="Read"/> bounds the rows' dates.
/// </summary>
internal static class ActivitiesCsvReader
{
    private const int ProgressEveryRows = 100;

    public static ExportReadResult Read(Stream csv, string sourceName, long? totalBytes, DateTimeOffset now, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var limits = CsvLimits.Default;
        var counting = csv as CountingStream ?? new CountingStream(csv, limits.MaxFileBytes);
        var issues = new List<ImportIssue>();
        using var text = new BoundedCsvTextReader(
            new StreamReader(counting, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true), limits);
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

        var converter = new RowConverter(sourceName, unit, now);
        var runs = new List<Run>();
        var others = new List<OtherActivity>();
        var duplicates = new DuplicateRows();
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

            if (duplicates.IsRepeat(row, record))
            {
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
        return new ExportReadResult(runs, others, issues, rows.Count, sourceName, map.Layout, map.Language) { DuplicateRows = duplicates.Identical };
    }

    /// <summary>Parser failures become an Error result that says where, not an exception.</summary>
    public static ExportReadResult ReadGuarded(Stream csv, string sourceName, long? totalBytes, DateTimeOffset now, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        if (totalBytes is { } size && CsvLimits.Default.CheckFileSize(size) is { } tooBig)
        {
            return ExportReadResult.Error(sourceName, tooBig);
        }

        try
        {
            return Read(csv, sourceName, totalBytes, now, progress, ct);
        }
        catch (CsvHelperException ex)
        {
            var line = ex.Context?.Parser?.RawRow ?? 0;
            return ErrorAt(sourceName, (int)Math.Min(line, int.MaxValue), $"The CSV cannot be parsed: {InputExcerpt.FirstLineOf(ex.Message)}");
        }
        catch (CsvLimitException ex)
        {
            return ErrorAt(sourceName, ex.Line, ex.Message);
        }
        catch (EntryTooLargeException ex) when (ex.Limit == CsvLimits.Default.MaxFileBytes)
        {
            return ErrorAt(sourceName, 0, CsvLimits.Default.CheckFileSize(ex.Limit + 1)!);
        }
    }

    private static ExportReadResult ErrorAt(string sourceName, int line, string reason) =>
        new([], [], [new ImportIssue(sourceName, line, null, null, reason, ImportIssueSeverity.Error)], 0, sourceName, ExportLayout.Current, null);
}
