using System.IO.Compression;
using WorkoutGenerator.Import.Activities;

namespace WorkoutGenerator.Import.Strava;

/// <summary>Where activity files are opened from: the export folder or the zip. Paths are relative, '/'-separated.</summary>
internal interface IActivityFileSource
{
    /// <summary>The file's stream, or null when there is no such file. Throws IOException when it must not be read.</summary>
    Stream? Open(string relativePath);

    /// <summary>Every activity file, in ordinal order of path.</summary>
    IReadOnlyList<string> ActivityFiles();
}

internal sealed class FolderActivitySource(string root) : IActivityFileSource
{
    /// <summary>A watch folder holds hundreds of files; a path that yields more than this is not one.</summary>
    public const int MaxFiles = 100_000;

    public Stream? Open(string relativePath)
    {
        if (StravaExportReader.IsUnsafe(relativePath))
        {
            throw new IOException($"The path \"{relativePath}\" leaves the export folder; refusing to read it.");
        }

        var path = Path.Combine(root, relativePath);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    public IReadOnlyList<string> ActivityFiles() =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(ActivityFileReaders.IsActivityFile)
            .Take(MaxFiles + 1)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}

/// <summary>Entries of the export zip, each checked against the same size and ratio limits as activities.csv.</summary>
internal sealed class ZipActivitySource(ZipArchive archive, string prefix, ZipLimits limits) : IActivityFileSource
{
    public Stream? Open(string relativePath)
    {
        if (StravaExportReader.IsUnsafe(relativePath))
        {
            throw new IOException($"The path \"{relativePath}\" leaves the archive; refusing to read it.");
        }

        var entry = archive.GetEntry(prefix + relativePath.Replace('\\', '/'));
        if (entry is null)
        {
            return null;
        }

        if (limits.Check(entry) is { } tooBig)
        {
            throw new IOException(tooBig);
        }

        return new CountingStream(entry.Open(), Math.Min(limits.MaxEntryBytes, ActivityFileReaders.MaxContentBytes));
    }

    public IReadOnlyList<string> ActivityFiles() =>
        archive.Entries
            .Where(e => e.FullName.StartsWith(prefix, StringComparison.Ordinal) && ActivityFileReaders.IsActivityFile(e.Name))
            .Select(e => e.FullName[prefix.Length..])
            .Take(FolderActivitySource.MaxFiles + 1)
            .Order(StringComparer.Ordinal)
            .ToList();
}
