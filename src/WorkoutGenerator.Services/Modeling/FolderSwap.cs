namespace WorkoutGenerator.Services.Modeling;

/// <summary>
/// Replaces a folder by a complete new one with two renames, so that a reader finds either the old folder or the
/// new one, never a half-written one: the new folder is written beside it under a hidden staging name
/// (<see cref="Stage"/>), the old one is renamed aside, the new one takes its name, the old one is deleted. A
/// process killed between the two renames leaves only the old folder, aside; <see cref="RecoverInterrupted"/> puts
/// it back, and deletes an old folder a swap killed after its second rename left beside the new one. Renames within
/// one parent folder are atomic on the file systems the app runs on (POSIX rename(2), NTFS MoveFileEx), which is
/// what the scheme rests on. A staged folder is claimed by a lock file beside it for as long as its writer lives
/// (<see cref="StagedFolder"/>), so recovery can tell a save still being written from one a killed process left.
/// </summary>
internal static class FolderSwap
{
    /// <summary>A new staging folder beside <paramref name="folder"/>, claimed by this process until disposed, to write the replacement into.</summary>
    public static StagedFolder Stage(string folder) => StagedFolder.Claim(Beside(folder, "new", Guid.NewGuid().ToString("N")));

    /// <summary>
    /// Puts <paramref name="staging"/> in the place of <paramref name="folder"/> (which need not exist). When the
    /// second rename fails, the old folder is moved back before the error goes on.
    /// </summary>
    public static void Replace(string folder, string staging)
    {
        var old = Beside(folder, "old", Guid.NewGuid().ToString("N"));
        var hadFolder = Directory.Exists(folder);
        if (hadFolder)
        {
            Directory.Move(folder, old);
        }

        try
        {
            Directory.Move(staging, folder);
        }
        catch
        {
            if (hadFolder)
            {
                Directory.Move(old, folder);
            }

            throw;
        }

        if (hadFolder)
        {
            try
            {
                Directory.Delete(old, recursive: true);
            }
            catch (DirectoryNotFoundException)
            {
                // Another process's recovery deleted it first: the swap is done either way.
            }
        }
    }

    /// <summary>
    /// Finishes what a killed swap left. When <paramref name="folder"/> is missing but an old one is aside (killed
    /// between the renames), puts back the newest such folder. Old folders beside a folder that is there are copies
    /// a completed swap had not deleted yet (killed after its second rename): they are superseded and deleted. A
    /// staged folder (".new-") is deleted only when no living process claims it (its writer was killed before the
    /// swap); one still being written is left alone. Anything that cannot be moved or deleted (a read-only parent)
    /// is left for a later call; nothing is lost.
    /// </summary>
    public static void RecoverInterrupted(string folder)
    {
        var parent = Path.GetDirectoryName(folder)!;
        if (!Directory.Exists(parent))
        {
            return;
        }

        var aside = Directory.GetDirectories(parent, AsideName(folder, "old", "*"))
            .OrderByDescending(Directory.GetLastWriteTimeUtc)
            .ToList();
        try
        {
            if (!Directory.Exists(folder) && aside.Count > 0)
            {
                Directory.Move(aside[0], folder);
                aside.RemoveAt(0);
            }

            if (Directory.Exists(folder))
            {
                aside.ForEach(old => Directory.Delete(old, recursive: true));
            }

            // Each staged save once, whether its folder, its lock file or both are left.
            var staged = Directory.GetFileSystemEntries(parent, AsideName(folder, "new", "*"))
                .Select(entry => entry.EndsWith(StagedFolder.LockSuffix, StringComparison.Ordinal) ? entry[..^StagedFolder.LockSuffix.Length] : entry)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            staged.ForEach(StagedFolder.DeleteIfAbandoned);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Done where it can be next time.
        }
    }

    private static string Beside(string folder, string role, string tag) =>
        Path.Combine(Path.GetDirectoryName(folder)!, AsideName(folder, role, tag));

    /// <summary>The hidden name of a folder beside <paramref name="folder"/>: ".models.new-…" while staged, ".models.old-…" while set aside.</summary>
    private static string AsideName(string folder, string role, string tag) => $".{Path.GetFileName(folder)}.{role}-{tag}";
}
