using WorkoutGenerator.Domain.Errors;
using System.IO.Enumeration;

namespace WorkoutGenerator.Import.Guards;

/// <summary>
/// A folder being imported, and the rule that keeps the import inside it: a linked folder is never followed (no
/// escape, no loop), a linked file only when its target lies inside the folder, and only regular files are opened.
/// .NET does not tell a FIFO, a device or a socket from a file, but all of them have a size of 0 where a regular
/// file has its content, so an empty file is refused without opening it (opening a FIFO blocks until a writer
/// comes; /dev/zero never ends).
/// </summary>
internal sealed class ImportFolder
{
    private readonly string _root;

    public ImportFolder(string root)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
    }

    public string Root => _root;

    /// <summary>Why <paramref name="relativePath"/> must not be opened, or null when it may; "missing" paths give null too.</summary>
    public string? Refusal(string relativePath)
    {
        if (EntryPaths.IsUnsafe(relativePath))
        {
            return $"the path \"{InputExcerpt.Of(relativePath)}\" leaves the folder; not opened";
        }

        var full = Path.GetFullPath(Path.Combine(_root, relativePath));
        if (!IsInside(full))
        {
            return $"the path \"{InputExcerpt.Of(relativePath)}\" leaves the folder; not opened";
        }

        for (var folder = Path.GetDirectoryName(full); folder is not null && IsInside(folder); folder = Path.GetDirectoryName(folder))
        {
            if (new DirectoryInfo(folder).LinkTarget is not null)
            {
                return $"\"{InputExcerpt.Of(Path.GetRelativePath(_root, folder))}\" is a link to a folder, which the import does not follow; not opened";
            }
        }

        return File.Exists(full) ? FileRefusal(full) : null;
    }

    /// <summary>Every regular file under the folder that <paramref name="include"/> accepts, and a warning for each entry passed over.</summary>
    public (List<string> Files, List<(string Path, string Reason)> Skipped) Walk(Func<string, bool> include, int maxFiles)
    {
        var skipped = new List<(string, string)>();
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        var entries = new FileSystemEnumerable<(string Path, bool Directory, bool Link)>(
            _root,
            (ref FileSystemEntry entry) => (entry.ToFullPath(), entry.IsDirectory, (entry.Attributes & FileAttributes.ReparsePoint) != 0),
            options)
        {
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        var files = new List<string>();
        foreach (var (path, directory, link) in entries)
        {
            var relative = Path.GetRelativePath(_root, path).Replace('\\', '/');
            if (directory)
            {
                if (link)
                {
                    skipped.Add((relative, "a link to a folder, which the import does not follow; skipped"));
                }

                continue;
            }

            if (!include(path))
            {
                continue;
            }

            if (FileRefusal(path) is { } reason)
            {
                skipped.Add((relative, reason));
                continue;
            }

            files.Add(relative);
            if (files.Count > maxFiles)
            {
                break;
            }
        }

        files.Sort(StringComparer.Ordinal);
        return (files, skipped);
    }

    /// <summary>Why a file given by the runner (not found in a folder) must not be opened: only regular files are.</summary>
    public static string? NotRegular(string path)
    {
        // A link's own FileInfo has the link's size; the size that tells a device from a file is its target's.
        var info = new FileInfo(path);
        var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo;
        return target is null || !target.Exists || target.Length == 0
            ? "the file is empty or is not a regular file (a FIFO, a device or a socket); it is not opened"
            : null;
    }

    private string? FileRefusal(string full)
    {
        var info = new FileInfo(full);
        if (info.LinkTarget is not null)
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !IsInside(Path.GetFullPath(target.FullName)))
            {
                return "a link to a file outside the folder; not opened";
            }
        }

        return NotRegular(full);
    }

    private bool IsInside(string full) =>
        full.Length > _root.Length && full.StartsWith(_root, StringComparison.Ordinal) && full[_root.Length] == Path.DirectorySeparatorChar;
}
