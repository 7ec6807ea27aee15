using WorkoutGenerator.Services.Files;

namespace WorkoutGenerator.Services.Tests.Files;

public sealed class StagedFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("workoutgen-staged-").FullName;

    [Fact]
    public void Should_leave_existing_files_as_they_were_when_not_committed()
    {
        // Given
        var target = Path.Combine(_folder, "plan.csv");
        File.WriteAllText(target, "old");

        // When
        using (var files = new StagedFiles())
        {
            files.CreateFolder(Path.Combine(_folder, "watch"));
            files.Write(target, "new"u8);
            files.Write(Path.Combine(_folder, "watch", "a.fit"), [1]);
        }

        // Then
        Assert.Equal("old", File.ReadAllText(target));
        Assert.Equal(["plan.csv"], Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Should_replace_files_and_remove_the_stale_ones_on_commit()
    {
        // Given
        var target = Path.Combine(_folder, "plan.csv");
        var stale = Path.Combine(_folder, "old.fit");
        File.WriteAllText(target, "old");
        File.WriteAllText(stale, "old");

        // When
        using (var files = new StagedFiles())
        {
            files.Write(target, "new"u8);
            files.RemoveOnCommit(stale);
            files.Commit();
        }

        // Then
        Assert.Equal("new", File.ReadAllText(target));
        Assert.Equal(["plan.csv"], Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
