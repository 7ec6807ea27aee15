using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Services.Files;

/// <summary>
/// Files written beside where they belong under a temporary name and renamed into place only by
/// <see cref="Commit"/>: a rename within a folder is atomic (POSIX rename(2)), so a failure, a full disk or a
/// Ctrl-C before then leaves every existing file as it was, and nobody ever reads half a file. Disposing without
/// committing removes the temporary files and any folder made for them.
/// </summary>
public sealed class StagedFiles : IDisposable
{
    private readonly List<(string Temporary, string Target)> _staged = [];
    private readonly List<string> _removals = [];
    private readonly List<string> _createdFolders = [];
    private bool _committed;

    private const string NothingWritten = "it was not written, and the file there (if any) is as it was.";

    /// <summary>Makes <paramref name="folder"/> if it is missing; it is removed again unless the files are committed.</summary>
    public void CreateFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
            _createdFolders.Add(folder);
        }
    }

    public void Write(string target, ReadOnlySpan<byte> content)
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        OutputPaths.RequireRegularOrMissing(Path.GetFullPath(target), target);
        var temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(target)) ?? ".", $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        _staged.Add((temporary, target));
        var bytes = content.ToArray();
        StorageFailures.Guard(target, NothingWritten, () =>
        {
            using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        });
    }

    /// <summary>Deletes <paramref name="path"/> on <see cref="Commit"/>, after the new files are in place.</summary>
    public void RemoveOnCommit(string path) => _removals.Add(path);

    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        foreach (var (temporary, target) in _staged)
        {
            StorageFailures.Guard(target, NothingWritten, () => File.Move(temporary, target, overwrite: true));
        }

        _committed = true;
        foreach (var path in _removals)
        {
            File.Delete(path);
        }
    }

    public void Dispose()
    {
        if (_committed)
        {
            return;
        }

        _committed = true;
        foreach (var (temporary, _) in _staged)
        {
            File.Delete(temporary);
        }

        foreach (var folder in Enumerable.Reverse(_createdFolders))
        {
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
    }
}
