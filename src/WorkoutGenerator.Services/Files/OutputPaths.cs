using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Services.Files;

/// <summary>
/// The checks every export's path passes before anything is built, written or stored: it is not the database
/// (nor its -wal, -shm or -journal file, compared after resolving relative paths and symbolic links), and its
/// folder exists and can be written. One mistyped path must never cost the runner their history.
/// </summary>
public static class OutputPaths
{
    private static readonly string[] DatabaseFiles = ["", "-wal", "-shm", "-journal"];

    // Linux's file names are case-sensitive; Windows' and macOS's default file systems are not.
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>Checks a file to write; returns its full path with symbolic links resolved.</summary>
    public static string CheckFile(string path, string databasePath)
    {
        var full = Checked(path, databasePath);
        if (Directory.Exists(full))
        {
            throw new UserFacingException("this is a folder: give a file name.", path);
        }

        RequireRegularOrMissing(full, path);
        var folder = Path.GetDirectoryName(full) ?? full;
        if (!Directory.Exists(folder))
        {
            throw new UserFacingException($"the folder {folder} does not exist.", path);
        }

        CheckWritable(folder, path);
        return full;
    }

    /// <summary>Checks a folder to write files into (created if only it is missing); returns its full path.</summary>
    public static string CheckFolder(string path, string databasePath)
    {
        var full = Checked(path, databasePath);
        var kind = FileKind.Of(full);
        if (kind is not (FileKindType.Missing or FileKindType.Directory))
        {
            throw new UserFacingException($"this is {(kind == FileKindType.Regular ? "a file" : FileKind.Describe(kind))}: give a folder.", path);
        }

        if (kind == FileKindType.Directory)
        {
            // The files the app would replace there (its workouts and its list of them) must be files too.
            foreach (var entry in Directory.EnumerateFileSystemEntries(full).Where(IsExportName))
            {
                RequireRegularOrMissing(entry, entry);
            }

            CheckWritable(full, path);
            return full;
        }

        var parent = Path.GetDirectoryName(full) ?? full;
        if (!Directory.Exists(parent))
        {
            throw new UserFacingException($"neither this folder nor the folder {parent} it would be made in exists.", path);
        }

        CheckWritable(parent, path);
        return full;
    }

    /// <summary>
    /// Exports write only regular files: renaming over a FIFO, a device or a socket would replace it (run as root,
    /// <c>--csv /dev/null</c> would replace the system's), so such a path is refused before anything is built.
    /// </summary>
    public static void RequireRegularOrMissing(string fullPath, string where)
    {
        if (FileKind.NotRegular(fullPath) is { } what)
        {
            throw new UserFacingException($"this is {what}, not a regular file: exports write only regular files; choose another file name.", where);
        }
    }

    private static bool IsExportName(string entry) =>
        Path.GetFileName(entry) is var name
        && (name.EndsWith(".fit", StringComparison.OrdinalIgnoreCase) || name == Exports.FitWorkoutFolder.ManifestName);

    /// <summary>The absolute path with every symbolic link in it resolved, whether or not the file exists yet.</summary>
    public static string Resolve(string path) => Resolve(Path.GetFullPath(path), depth: 0);

    private static string Checked(string path, string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var full = Resolve(path);
        foreach (var suffix in DatabaseFiles)
        {
            if (string.Equals(full, Resolve(databasePath + suffix), PathComparison))
            {
                throw new UserFacingException(
                    $"this is the database{(suffix.Length == 0 ? "" : "'s " + suffix + " file")} ({databasePath}): writing there would destroy it. Choose another file name.",
                    path);
            }
        }

        return full;
    }

    private static string Resolve(string fullPath, int depth)
    {
        // The kernel gives up after 40 links (Linux's MAXSYMLINKS); so do we, rather than loop.
        if (depth > 40)
        {
            throw new UserFacingException("too many levels of symbolic links.", fullPath);
        }

        var root = Path.GetPathRoot(fullPath) ?? string.Empty;
        var current = root;
        foreach (var part in fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                next = Resolve(Path.GetFullPath(target, current), depth + 1);
            }

            current = next;
        }

        return current;
    }

    private static void CheckWritable(string folder, string path)
    {
        if (WritableFolder.Probe(folder) is { } why)
        {
            throw new UserFacingException($"cannot write in the folder {folder}: {why.Message}", path, why);
        }
    }
}
