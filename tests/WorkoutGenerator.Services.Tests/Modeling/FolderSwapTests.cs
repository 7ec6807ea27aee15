using System.Diagnostics;
using WorkoutGenerator.Services.Modeling;

namespace WorkoutGenerator.Services.Tests.Modeling;

/// <summary>A folder replaced by renames: the new one in place, the old one gone, and an interrupted swap put back.</summary>
public sealed class FolderSwapTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("workoutgen-swap-").FullName;

    private string Folder => Path.Combine(_parent, "db.models");

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Should_put_the_staged_folder_in_place_and_leave_nothing_beside_it(bool hadFolder)
    {
        // Given a model folder holding "old" (or none) and a staged one holding "new"
        if (hadFolder)
        {
            Write(Folder, "old");
        }

        using (var staged = FolderSwap.Stage(Folder))
        {
            Write(staged.Path, "new");

            // When the staged folder replaces it (and the writer is done)
            FolderSwap.Replace(Folder, staged.Path);
        }

        // Then the folder holds "new" and the parent holds nothing else, no lock file either
        Assert.Equal("new", File.ReadAllText(Path.Combine(Folder, "file")));
        Assert.Equal([Folder], Directory.GetFileSystemEntries(_parent));
    }

    [Fact]
    public void Should_move_the_old_folder_back_when_the_new_one_cannot_take_its_place()
    {
        // Given a model folder and a staging path that was never written
        Write(Folder, "old");
        using (var staged = FolderSwap.Stage(Folder))
        {
            // When the swap is attempted / Then it fails and the old folder is where it was
            Assert.Throws<DirectoryNotFoundException>(() => FolderSwap.Replace(Folder, staged.Path));
        }

        // and alone once the writer is done
        Assert.Equal("old", File.ReadAllText(Path.Combine(Folder, "file")));
        Assert.Equal([Folder], Directory.GetFileSystemEntries(_parent));
    }

    [Fact]
    public void Should_put_back_a_folder_left_aside_by_a_swap_killed_between_its_renames()
    {
        // Given no model folder, but the previous one aside under the name a swap gives it
        var aside = Path.Combine(_parent, ".db.models.old-0123");
        Write(aside, "old");

        // When an interrupted swap is recovered
        FolderSwap.RecoverInterrupted(Folder);

        // Then the previous folder is back under its name
        Assert.Equal("old", File.ReadAllText(Path.Combine(Folder, "file")));
        Assert.False(Directory.Exists(aside));
    }

    [Fact]
    public void Should_delete_old_folders_a_completed_swap_left_and_keep_a_staged_one()
    {
        // Given a model folder, beside it two old ones crashes left after their swaps, and a save still staging
        Write(Folder, "current");
        var olds = new[] { Path.Combine(_parent, ".db.models.old-0123"), Path.Combine(_parent, ".db.models.old-4567") };
        Array.ForEach(olds, old => Write(old, "old"));
        using var staged = FolderSwap.Stage(Folder);
        Write(staged.Path, "being written");

        // When recovery runs
        FolderSwap.RecoverInterrupted(Folder);

        // Then the current folder is kept, the superseded copies are gone, the staged save and its lock are untouched
        Assert.Equal("current", File.ReadAllText(Path.Combine(Folder, "file")));
        Assert.Equal("being written", File.ReadAllText(Path.Combine(staged.Path, "file")));
        Assert.Equal(
            new[] { Folder, staged.Path, staged.Path + StagedFolder.LockSuffix }.Order(StringComparer.Ordinal),
            Directory.GetFileSystemEntries(_parent).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_delete_a_staged_folder_whose_writer_is_gone()
    {
        // Given a model folder and two half-written saves whose processes were killed: one with its lock file left
        // (no process holds it any more), one from a version that wrote no lock file; and a lock file alone
        Write(Folder, "current");
        var withLock = Path.Combine(_parent, ".db.models.new-0123");
        Write(withLock, "half written");
        File.WriteAllText(withLock + StagedFolder.LockSuffix, string.Empty);
        var withoutLock = Path.Combine(_parent, ".db.models.new-4567");
        Write(withoutLock, "half written");
        File.WriteAllText(Path.Combine(_parent, ".db.models.new-89ab" + StagedFolder.LockSuffix), string.Empty);

        // When recovery runs
        FolderSwap.RecoverInterrupted(Folder);

        // Then only the model folder is left
        Assert.Equal("current", File.ReadAllText(Path.Combine(Folder, "file")));
        Assert.Equal([Folder], Directory.GetFileSystemEntries(_parent));
    }

    [Fact]
    public void Should_keep_a_staged_folder_while_another_process_writes_it_and_delete_it_once_that_process_is_killed()
    {
        // Given a model folder and a half-written save claimed by another process the way a writer claims it (a
        // shared flock(2) on its lock file, held by flock(1) while its command runs)
        Write(Folder, "current");
        var staged = Path.Combine(_parent, ".db.models.new-0123");
        Write(staged, "being written");
        var lockFile = staged + StagedFolder.LockSuffix;
        // --close: the lock is flock's own, not also its child's, so it goes the moment flock is killed
        using var writer = Process.Start(new ProcessStartInfo("flock", ["--shared", "--close", lockFile, "sleep", "120"]) { UseShellExecute = false })!;
        try
        {
            WaitUntil(lockFile, held: true);

            // When recovery runs while that process lives / Then the save is left alone
            FolderSwap.RecoverInterrupted(Folder);
            Assert.Equal("being written", File.ReadAllText(Path.Combine(staged, "file")));
        }
        finally
        {
            writer.Kill(entireProcessTree: true);
            writer.WaitForExit();
        }

        WaitUntil(lockFile, held: false);

        // When it runs after the process was killed / Then the abandoned save and its lock are gone
        FolderSwap.RecoverInterrupted(Folder);
        Assert.Equal([Folder], Directory.GetFileSystemEntries(_parent));
    }

    [Fact]
    public void Should_put_back_the_newest_of_two_folders_left_aside_and_delete_the_other()
    {
        // Given no model folder and two old ones aside (two saves killed between their renames), the second newer
        // (named so that the first in name order is the older one)
        var older = Path.Combine(_parent, ".db.models.old-0000");
        var newer = Path.Combine(_parent, ".db.models.old-ffff");
        Write(older, "older");
        Write(newer, "newer");
        Directory.SetLastWriteTimeUtc(older, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Directory.SetLastWriteTimeUtc(newer, new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc));

        // When recovery runs
        FolderSwap.RecoverInterrupted(Folder);

        // Then the newer one is the model folder and nothing else is left
        Assert.Equal("newer", File.ReadAllText(Path.Combine(Folder, "file")));
        Assert.Equal([Folder], Directory.GetFileSystemEntries(_parent));
    }

    /// <summary>
    /// Waits (at most 30 s) until another process holds <paramref name="lockFile"/> (an exclusive open fails), or
    /// until none does: a killed process's locks go with it, but the kill and the release are not one instant.
    /// </summary>
    private static void WaitUntil(string lockFile, bool held)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (File.Exists(lockFile) && IsHeld(lockFile) == held)
            {
                return;
            }

            Thread.Sleep(50);
        }

        throw new TimeoutException($"The lock on {lockFile} was {(held ? "not taken" : "still held")} after 30 s.");
    }

    private static bool IsHeld(string lockFile)
    {
        try
        {
            using (new FileStream(lockFile, FileMode.Open, FileAccess.Read, FileShare.None))
            {
                return false;
            }
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static void Write(string folder, string text)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "file"), text);
    }
}
