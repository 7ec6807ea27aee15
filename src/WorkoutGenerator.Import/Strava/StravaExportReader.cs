using WorkoutGenerator.Domain.Errors;
using System.IO.Compression;
using WorkoutGenerator.Import.ActivityFiles;
using WorkoutGenerator.Import.Csv;
using WorkoutGenerator.Import.Guards;
using WorkoutGenerator.Import.Strava.Rows;

namespace WorkoutGenerator.Import.Strava;

/// <summary>
/// Reads a Strava bulk export ("Download your data"): the .zip as downloaded, its unzipped folder, or
/// activities.csv alone. Never throws for bad input: a missing, corrupt or hostile file is an Error issue in the
/// result, a bad row a Skipped issue with its line and column. With <see cref="StravaExportReaderOptions.ReadActivityFiles"/>
/// (the default) it also reads the activity files the rows name (see <see cref="ActivityFileEnricher"/>), and
/// accepts a folder, a zip or a single file of activity files without activities.csv (a watch's folder). Each
/// read has its own <see cref="InflateBudget"/>; a folder read stays inside the folder (<see cref="ImportFolder"/>).
/// </summary>
public sealed class StravaExportReader
{
    private const string ActivitiesCsv = "activities.csv";

    private readonly ZipLimits _limits;
    private readonly StravaExportReaderOptions _options;

    public StravaExportReader()
        : this(ZipLimits.Default, StravaExportReaderOptions.Default)
    {
    }

    public StravaExportReader(StravaExportReaderOptions options)
        : this(ZipLimits.Default, options)
    {
    }

    internal StravaExportReader(ZipLimits limits)
        : this(limits, StravaExportReaderOptions.Default)
    {
    }

    internal StravaExportReader(ZipLimits limits, StravaExportReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _limits = limits;
        _options = options;
    }

    public ExportReadResult Read(string path, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
        if (Directory.Exists(path))
        {
            return Guard(name, () => ReadFolder(new ImportFolder(path), progress, ct));
        }

        if (!File.Exists(path))
        {
            return ExportReadResult.Error(name, $"There is no file or folder at \"{path}\".");
        }

        return Guard(name, () =>
        {
            // Checked before the first byte is read: telling a zip by its magic opens the file, and a FIFO blocks.
            if (ImportFolder.NotRegular(path) is { } refusal)
            {
                return ExportReadResult.Error(name, Capitalized(refusal) + ".");
            }

            if (IsZip(path))
            {
                using var file = File.OpenRead(path);
                return ReadZip(file, name, progress, ct);
            }

            var folder = new ImportFolder(Path.GetDirectoryName(Path.GetFullPath(path))!);
            if (_options.ReadActivityFiles && ActivityFileReaders.IsActivityFile(path))
            {
                return ActivityFileImport.Read(new FolderActivitySource(folder, _limits.NewBudget()), [name], [], name, Now, ct);
            }

            return ReadFile(path, folder, name, progress, ct);
        });
    }

    public ExportReadResult ReadCsv(Stream csv, string sourceName, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        long? total = csv.CanSeek ? csv.Length : null;
        return Guard(sourceName, () => ActivitiesCsvReader.ReadGuarded(csv, sourceName, total, Now, progress, ct));
    }

    /// <summary>Reads a zip from <paramref name="zip"/> (a file, or bytes in memory for the fuzz tests).</summary>
    internal ExportReadResult ReadZip(Stream zip, string zipName, IProgress<ImportProgress>? progress, CancellationToken ct) =>
        Guard(zipName, () =>
        {
            ZipArchive archive;
            try
            {
                archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
            }
            catch (InvalidDataException ex)
            {
                return ExportReadResult.Error(zipName, $"\"{InputExcerpt.Of(zipName)}\" is not a readable zip archive (corrupt or not fully downloaded?): {InputExcerpt.Of(ex.Message)}");
            }

            using (archive)
            {
                return ReadArchive(archive, zipName, progress, ct);
            }
        });

    private DateTimeOffset Now => _options.Time.GetUtcNow();

    private ExportReadResult ReadArchive(ZipArchive archive, string zipName, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        if (archive.Entries.FirstOrDefault(e => EntryPaths.IsUnsafe(e.FullName)) is { } hostile)
        {
            return ExportReadResult.Error(zipName, $"The archive holds an entry with an unsafe path \"{InputExcerpt.Of(hostile.FullName)}\"; refusing to read it.");
        }

        var budget = _limits.NewBudget();
        var candidates = archive.Entries
            .Where(e => e.Name.Equals(ActivitiesCsv, StringComparison.OrdinalIgnoreCase) && e.FullName.Count(c => c == '/') <= 1)
            .OrderBy(e => e.FullName.Length)
            .ToList();
        // As in a folder: an activities.csv at the top is the export; without one, two exports in folders inside
        // the zip are two runners' or two downloads, and importing one of them silently would hide the other.
        if (candidates is [{ FullName: var first }, _, ..] && first.Contains('/', StringComparison.Ordinal))
        {
            return ExportReadResult.Error(zipName, $"\"{InputExcerpt.Of(Path.GetFileName(zipName))}\" holds {candidates.Count} exports ({string.Join(", ", candidates.Take(5).Select(e => InputExcerpt.Of(e.FullName)))}{(candidates.Count > 5 ? ", ..." : string.Empty)}); unzip it and import one of them.");
        }

        var entry = candidates.FirstOrDefault();
        if (entry is null && _options.ReadActivityFiles)
        {
            var watch = new ZipActivitySource(archive, string.Empty, _limits, budget);
            if (watch.ActivityFiles() is { Files.Count: > 0 } found)
            {
                return ActivityFileImport.Read(watch, found.Files, found.Skipped, zipName, Now, ct);
            }
        }

        if (entry is null)
        {
            return ExportReadResult.Error(zipName, $"The archive has no {ActivitiesCsv} at its top or in one folder inside it.");
        }

        if ((_limits.Check(entry, budget) ?? CsvLimits.Default.CheckFileSize(entry.Length)) is { } tooBig)
        {
            return ExportReadResult.Error(entry.FullName, tooBig);
        }

        ExportReadResult csv;
        using (var stream = ZipLimits.Open(entry, budget, CsvLimits.Default.MaxFileBytes))
        {
            csv = ActivitiesCsvReader.ReadGuarded(stream, entry.FullName, entry.Length, Now, progress, ct);
        }

        var prefix = entry.FullName[..^entry.Name.Length];
        return _options.ReadActivityFiles && !csv.Failed
            ? new ActivityFileEnricher(new ZipActivitySource(archive, prefix, _limits, budget), _options).Enrich(csv, ct)
            : csv;
    }

    private ExportReadResult ReadFolder(ImportFolder folder, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var name = Path.GetFileName(folder.Root);
        var top = Path.Combine(folder.Root, ActivitiesCsv);
        var found = File.Exists(top)
            ? [top]
            : Directory.EnumerateDirectories(folder.Root)
                .Where(d => new DirectoryInfo(d).LinkTarget is null)
                .Select(d => Path.Combine(d, ActivitiesCsv))
                .Where(File.Exists)
                .ToList();
        if (found.Count == 0 && _options.ReadActivityFiles)
        {
            var source = new FolderActivitySource(folder, _limits.NewBudget());
            var (files, skipped) = source.ActivityFiles();
            if (files.Count > 0)
            {
                return ActivityFileImport.Read(source, files, skipped, name, Now, ct);
            }
        }

        if (found.Count > 1)
        {
            return ExportReadResult.Error(ActivitiesCsv, $"\"{folder.Root}\" holds {found.Count} exports ({string.Join(", ", found.Select(f => Path.GetRelativePath(folder.Root, f)))}); pass one of them.");
        }

        if (found.Count == 0)
        {
            return ExportReadResult.Error(ActivitiesCsv, $"There is no {ActivitiesCsv} in \"{folder.Root}\" or in a folder inside it.");
        }

        var relative = Path.GetRelativePath(folder.Root, found[0]).Replace('\\', '/');
        if (folder.Refusal(relative) is { } refusal)
        {
            return ExportReadResult.Error(relative, Capitalized(refusal) + ".");
        }

        return ReadFile(found[0], new ImportFolder(Path.GetDirectoryName(found[0])!), relative, progress, ct);
    }

    /// <summary>activities.csv from disk; <paramref name="folder"/> holds the activity files it names.</summary>
    private ExportReadResult ReadFile(string path, ImportFolder folder, string sourceName, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var size = new FileInfo(path).Length;
        if (CsvLimits.Default.CheckFileSize(size) is { } tooBig)
        {
            return ExportReadResult.Error(sourceName, tooBig);
        }

        ExportReadResult csv;
        using (var stream = File.OpenRead(path))
        {
            csv = ActivitiesCsvReader.ReadGuarded(stream, sourceName, size, Now, progress, ct);
        }

        return _options.ReadActivityFiles && !csv.Failed
            ? new ActivityFileEnricher(new FolderActivitySource(folder, _limits.NewBudget()), _options).Enrich(csv, ct)
            : csv;
    }

    private static bool IsZip(string path)
    {
        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        Span<byte> magic = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }

    private static string Capitalized(string reason) => char.ToUpperInvariant(reason[0]) + reason[1..];

    /// <summary>I/O failures while reading (a truncated entry, a file vanishing, an inflated size over the cap) become an Error result.</summary>
    private static ExportReadResult Guard(string sourceName, Func<ExportReadResult> read)
    {
        try
        {
            return read();
        }
        catch (EntryTooLargeException ex)
        {
            return ExportReadResult.Error(sourceName, $"The entry inflates to {ex.Message}; refusing to read further.");
        }
        catch (InflateBudgetExceededException ex)
        {
            return ExportReadResult.Error(sourceName, $"The data inflates too far: {ex.Message}; refusing to read further.");
        }
        catch (InvalidDataException ex)
        {
            return ExportReadResult.Error(sourceName, $"The data is corrupt (truncated download?): {InputExcerpt.Of(ex.Message)}");
        }
        catch (IOException ex)
        {
            return ExportReadResult.Error(sourceName, $"The file cannot be read: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            return ExportReadResult.Error(sourceName, $"The file cannot be read: {ex.Message}");
        }
    }
}
