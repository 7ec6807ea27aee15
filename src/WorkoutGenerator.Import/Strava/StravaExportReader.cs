using System.IO.Compression;
using WorkoutGenerator.Import.Activities;

namespace WorkoutGenerator.Import.Strava;

/// <summary>
/// Reads a Strava bulk export ("Download your data"): the .zip as downloaded, its unzipped folder, or
/// activities.csv alone. Never throws for bad input: a missing, corrupt or hostile file is an Error issue in the
/// result, a bad row a Skipped issue with its line and column. With <see cref="StravaExportReaderOptions.ReadActivityFiles"/>
/// (the default) it also reads the activity files the rows name (see <see cref="ActivityFileEnricher"/>), and
/// accepts a folder, a zip or a single file of activity files without activities.csv (a watch's folder).
/// </summary>
public sealed class StravaExportReader
{
    private const string ActivitiesCsv = "activities.csv";

    /// <summary>Marks "the folder holds no activity files either", so the usual no-activities.csv error follows.</summary>
    private static readonly ExportReadResult NoActivityFiles = ExportReadResult.Error(ActivitiesCsv, "no activity files");

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
        if (Directory.Exists(path))
        {
            return ReadFolder(path, progress, ct);
        }

        if (!File.Exists(path))
        {
            return ExportReadResult.Error(Path.GetFileName(path), $"There is no file or folder at \"{path}\".");
        }

        if (IsZip(path))
        {
            return ReadZip(path, progress, ct);
        }

        if (_options.ReadActivityFiles && ActivityFileReaders.IsActivityFile(path))
        {
            var name = Path.GetFileName(path);
            return Guard(name, () => ActivityFileImport.Read(new FolderActivitySource(Path.GetDirectoryName(Path.GetFullPath(path))!), [name], name, ct));
        }

        return ReadFile(path, Path.GetFileName(path), progress, ct);
    }

    public ExportReadResult ReadCsv(Stream csv, string sourceName, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        long? total = csv.CanSeek ? csv.Length : null;
        return Guard(sourceName, () => ActivitiesCsvReader.ReadGuarded(csv, sourceName, total, progress, ct));
    }

    private ExportReadResult ReadFolder(string root, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var top = Path.Combine(root, ActivitiesCsv);
        var found = File.Exists(top)
            ? [top]
            : Directory.EnumerateDirectories(root).Select(d => Path.Combine(d, ActivitiesCsv)).Where(File.Exists).ToList();
        if (found.Count == 0 && _options.ReadActivityFiles)
        {
            var source = new FolderActivitySource(root);
            var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(root));
            var watch = Guard(name, () =>
            {
                var files = source.ActivityFiles();
                return files.Count > 0 ? ActivityFileImport.Read(source, files, name, ct) : NoActivityFiles;
            });
            if (!ReferenceEquals(watch, NoActivityFiles))
            {
                return watch;
            }
        }

        return found.Count switch
        {
            0 => ExportReadResult.Error(ActivitiesCsv, $"There is no {ActivitiesCsv} in \"{root}\" or in a folder inside it."),
            1 => ReadFile(found[0], Path.GetRelativePath(root, found[0]).Replace('\\', '/'), progress, ct),
            _ => ExportReadResult.Error(ActivitiesCsv, $"\"{root}\" holds {found.Count} exports ({string.Join(", ", found.Select(f => Path.GetRelativePath(root, f)))}); pass one of them."),
        };
    }

    private ExportReadResult ReadFile(string path, string sourceName, IProgress<ImportProgress>? progress, CancellationToken ct) =>
        Guard(sourceName, () =>
        {
            ExportReadResult csv;
            using (var stream = File.OpenRead(path))
            {
                csv = ActivitiesCsvReader.ReadGuarded(stream, sourceName, stream.Length, progress, ct);
            }

            return _options.ReadActivityFiles && !csv.Failed
                ? new ActivityFileEnricher(new FolderActivitySource(Path.GetDirectoryName(Path.GetFullPath(path))!), _options).Enrich(csv, ct)
                : csv;
        });

    private ExportReadResult ReadZip(string path, IProgress<ImportProgress>? progress, CancellationToken ct) =>
        Guard(Path.GetFileName(path), () =>
        {
            ZipArchive archive;
            try
            {
                archive = ZipFile.OpenRead(path);
            }
            catch (InvalidDataException ex)
            {
                return ExportReadResult.Error(Path.GetFileName(path), $"\"{Path.GetFileName(path)}\" is not a readable zip archive (corrupt or not fully downloaded?): {ex.Message}");
            }

            using (archive)
            {
                if (archive.Entries.FirstOrDefault(e => IsUnsafe(e.FullName)) is { } hostile)
                {
                    return ExportReadResult.Error(Path.GetFileName(path), $"The archive holds an entry with an unsafe path \"{hostile.FullName}\"; refusing to read it.");
                }

                var entry = archive.Entries
                    .Where(e => e.Name.Equals(ActivitiesCsv, StringComparison.OrdinalIgnoreCase) && e.FullName.Count(c => c == '/') <= 1)
                    .OrderBy(e => e.FullName.Length)
                    .FirstOrDefault();
                if (entry is null && _options.ReadActivityFiles)
                {
                    var watch = new ZipActivitySource(archive, string.Empty, _limits);
                    if (watch.ActivityFiles() is { Count: > 0 } files)
                    {
                        return ActivityFileImport.Read(watch, files, Path.GetFileName(path), ct);
                    }
                }

                if (entry is null)
                {
                    return ExportReadResult.Error(Path.GetFileName(path), $"The archive has no {ActivitiesCsv} at its top or in one folder inside it.");
                }

                if (_limits.Check(entry) is { } tooBig)
                {
                    return ExportReadResult.Error(entry.FullName, tooBig);
                }

                ExportReadResult csv;
                using (var stream = new CountingStream(entry.Open(), _limits.MaxEntryBytes))
                {
                    csv = ActivitiesCsvReader.ReadGuarded(stream, entry.FullName, entry.Length, progress, ct);
                }

                var prefix = entry.FullName[..^entry.Name.Length];
                return _options.ReadActivityFiles && !csv.Failed
                    ? new ActivityFileEnricher(new ZipActivitySource(archive, prefix, _limits), _options).Enrich(csv, ct)
                    : csv;
            }
        });

    /// <summary>Zip-slip: a ".." segment or a rooted path would escape any folder it was extracted to.</summary>
    internal static bool IsUnsafe(string entryPath)
    {
        var normalized = entryPath.Replace('\\', '/');
        return normalized.StartsWith('/') || (normalized.Length > 1 && normalized[1] == ':')
            || normalized.Split('/').Any(segment => segment == "..");
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
        catch (InvalidDataException ex)
        {
            return ExportReadResult.Error(sourceName, $"The data is corrupt (truncated download?): {ex.Message}");
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
