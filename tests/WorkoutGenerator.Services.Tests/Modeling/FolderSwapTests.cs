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

        var staging = FolderSwap.StagingFor(Folder);
        Write(staging, "new");

        // When the staged folder replaces it
        FolderSwap.Replace(Folder, staging);

        // Then the folder holds "new" and the parent holds nothing else
        Assert.Equal("new", File.ReadAllText(Path.Combine(Folder, "file")));
        Assert.Equal([Folder], Directory.GetFileSystemEntries(_parent));
    }

    [Fact]
    public void Should_move_the_old_folder_back_when_the_new_one_cannot_take_its_place()
    {
        // Given a model folder and a staging path that was never written
        Write(Folder, "old");
        var staging = FolderSwap.StagingFor(Folder);

        // When the swap is attempted / Then it fails and the old folder is where it was, alone
        Assert.Throws<DirectoryNotFoundException>(() => FolderSwap.Replace(Folder, staging));
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
    public void Should_leave_everything_as_it_is_when_the_folder_is_there()
    {
        // Given a model folder and, beside it, an old one a crash left after the swap
        Write(Folder, "current");
        var aside = Path.Combine(_parent, ".db.models.old-0123");
        Write(aside, "old");

        // When recovery runs / Then the current folder is kept and the old one not moved over it
        FolderSwap.RecoverInterrupted(Folder);
        Assert.Equal("current", File.ReadAllText(Path.Combine(Folder, "file")));
        Assert.True(Directory.Exists(aside));
    }

    private static void Write(string folder, string text)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "file"), text);
    }
}
