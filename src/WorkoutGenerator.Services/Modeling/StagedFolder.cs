namespace WorkoutGenerator.Services.Modeling;

/// <summary>
/// A folder being written by this process before it replaces another (<see cref="FolderSwap"/>). A lock file beside
/// it (not inside, since the folder is renamed into place and Windows refuses to rename a folder holding an open
/// file) stays open for the writer's lifetime. The operating system drops the lock when the process ends, however
/// it ends, so a folder whose lock can be taken has no writer and is safe to delete. The lock is an advisory
/// flock(2) on Unix (what .NET takes for <see cref="FileShare.None"/> against the writer's shared one) and a sharing
/// violation on Windows.
/// </summary>
internal sealed class StagedFolder : IDisposable
{
    public const string LockSuffix = ".lock";

    private readonly FileStream _lock;

    private StagedFolder(string path, FileStream lockStream)
    {
        Path = path;
        _lock = lockStream;
    }

    /// <summary>Where the replacement is written; created by the writer, not here.</summary>
    public string Path { get; }

    /// <summary>Claims <paramref name="path"/> (a new, unused name) by creating and holding its lock file.</summary>
    public static StagedFolder Claim(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);

        // Shared on the writer's side (FileShare.Delete: its own Dispose may delete the file while it is open);
        // recovery asks for it exclusively and so fails while the writer lives.
        var lockStream = new FileStream(path + LockSuffix, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Delete);
        return new StagedFolder(path, lockStream);
    }

    /// <summary>
    /// Deletes the staged folder at <paramref name="path"/> and its lock file when no process holds the lock (its
    /// writer ended without finishing); leaves both when one does.
    /// </summary>
    public static void DeleteIfAbandoned(string path)
    {
        FileStream probe;
        try
        {
            probe = new FileStream(path + LockSuffix, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return; // held: a save is being written
        }

        using (probe)
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }

        TryDeleteLock(path);
    }

    /// <summary>Deletes what is left of the staged folder (nothing once it has replaced the old one), then releases the claim.</summary>
    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Path))
            {
                Directory.Delete(Path, recursive: true);
            }
        }
        finally
        {
            TryDeleteLock(Path);
            _lock.Dispose();
        }
    }

    private static void TryDeleteLock(string path)
    {
        try
        {
            File.Delete(path + LockSuffix);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another process is probing it or the parent is read-only: an unheld lock file is harmless and the
            // next recovery deletes it.
        }
    }
}
