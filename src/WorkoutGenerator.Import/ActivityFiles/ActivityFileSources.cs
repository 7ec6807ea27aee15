using WorkoutGenerator.Domain.Errors;
using System.IO.Compression;
using WorkoutGenerator.Import.Guards;

namespace WorkoutGenerator.Import.ActivityFiles;

/// <summary>Where activity files are opened from: the export folder or the zip. Paths are relative, '/'-separated.</summary>
internal interface IActivityFileSource
{
    /// <summary>Counts what gzip files inflate to, together with the zip entries of the same import.</summary>
    InflateBudget Budget { get; }

    /// <summary>The file's stream, or null when there is no such file. Throws IOException when it must not be read.</summary>
    Stream? Open(string relativePath);

    /// <summary>Every activity file, in ordinal order of path, and every entry passed over with the reason.</summary>
    (IReadOnlyList<string> Files, IReadOnlyList<(string Path, string Reason)> Skipped) ActivityFiles();
}

/// <summary>Files under a folder, kept inside it by <see cref="ImportFolder"/>.</summary>
internal sealed class FolderActivitySource(ImportFolder folder, InflateBudget budget) : IActivityFileSource
{
    /// <summary>A watch folder holds hundreds of files; a path that yields more than this is not one.</summary>
    public const int MaxFiles = 100_000;

    public InflateBudget Budget => budget;

    public Stream? Open(string relativePath)
    {
        if (folder.Refusal(relativePath) is { } refusal)
        {
            throw new IOException(refusal);
        }

        var path = Path.Combine(folder.Root, relativePath);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    public (IReadOnlyList<string> Files, IReadOnlyList<(string Path, string Reason)> Skipped) ActivityFiles() =>
        folder.Walk(ActivityFileReaders.IsActivityFile, MaxFiles);
}

/// <summary>
/// Entries of the export zip, each checked against the import's budget and ratio limit and read whole (so its
/// CRC-32 is checked before a reader sees it; an activity file is capped at <see cref="ActivityFileReaders.MaxContentBytes"/>).
/// </summary>
internal sealed class ZipActivitySource(ZipArchive archive, string prefix, ZipLimits limits, InflateBudget budget) : IActivityFileSource
{
    public InflateBudget Budget => budget;

    public Stream? Open(string relativePath)
    {
        if (EntryPaths.IsUnsafe(relativePath))
        {
            throw new IOException($"The path \"{InputExcerpt.Of(relativePath)}\" leaves the archive; refusing to read it.");
        }

        var entry = archive.GetEntry(prefix + relativePath.Replace('\\', '/'));
        if (entry is null)
        {
            return null;
        }

        if (limits.Check(entry, budget) is { } tooBig)
        {
            throw new IOException(tooBig);
        }

        var content = new MemoryStream();
        using (var stream = ZipLimits.Open(entry, budget, ActivityFileReaders.MaxContentBytes))
        {
            stream.CopyTo(content);
        }

        content.Position = 0;
        return content;
    }

    public (IReadOnlyList<string> Files, IReadOnlyList<(string Path, string Reason)> Skipped) ActivityFiles() =>
        (archive.Entries
            .Where(e => e.FullName.StartsWith(prefix, StringComparison.Ordinal) && ActivityFileReaders.IsActivityFile(e.Name))
            .Select(e => e.FullName[prefix.Length..])
            .Take(FolderActivitySource.MaxFiles + 1)
            .Order(StringComparer.Ordinal)
            .ToList(), []);
}
