using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Domain.Errors;

namespace WorkoutGenerator.Storage.Tests;

public sealed class OpenExistingTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Should_create_nothing_at_a_mistyped_database_path(bool readOnly)
    {
        // Given
        using var folder = new TempDirectory();
        var path = folder.File("typo", "workoutgne.db");

        // When
        var error = Assert.Throws<UserFacingException>(() => WorkoutDatabase.OpenExisting(path, new FakeTimeProvider(), readOnly));

        // Then
        Assert.Equal($"no database at {path}: import an export first (workoutgen import <export>), or pass --db with the right file.", error.Display);
        Assert.False(Directory.Exists(folder.File("typo")));
    }

    [Fact]
    public void Should_read_a_stored_database_without_changing_its_file_or_allowing_writes()
    {
        // Given a database with runs, closed
        using var folder = new TempDirectory();
        var path = folder.File("w.db");
        using (var database = WorkoutDatabase.Open(path, new FakeTimeProvider()))
        {
            database.Activities.SaveImport(TestActivities.Import(), TestActivities.Daily(4), []);
        }

        var before = File.ReadAllBytes(path);

        // When
        using (var readOnly = WorkoutDatabase.OpenExisting(path, new FakeTimeProvider(), readOnly: true))
        {
            // Then it reads, and refuses to write
            Assert.Equal(TestActivities.Daily(4), readOnly.Activities.GetRuns());
            Assert.Throws<WorkoutGenerator.Domain.Errors.UserFacingException>(() => readOnly.Plans.Save(SamplePlans.HandMade()));
        }

        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Should_read_a_database_whose_shared_memory_file_cannot_be_made()
    {
        // Given a closed database whose -shm file cannot be created, as in a folder the reader cannot write to
        using var folder = new TempDirectory();
        var path = folder.File("w.db");
        using (var database = WorkoutDatabase.Open(path, new FakeTimeProvider()))
        {
            database.Activities.SaveImport(TestActivities.Import(), TestActivities.Daily(3), []);
        }

        Directory.CreateDirectory(path + "-shm");

        // When
        using var readOnly = WorkoutDatabase.OpenExisting(path, new FakeTimeProvider(), readOnly: true);

        // Then
        Assert.Equal(TestActivities.Daily(3), readOnly.Activities.GetRuns());
    }

    [Fact]
    public void Should_leave_no_log_files_behind_after_reading()
    {
        // Given
        using var folder = new TempDirectory();
        var path = folder.File("w.db");
        WorkoutDatabase.Open(path, new FakeTimeProvider()).Dispose();

        // When
        using (var readOnly = WorkoutDatabase.OpenExisting(path, new FakeTimeProvider(), readOnly: true))
        {
            Assert.Empty(readOnly.Activities.GetRuns());
        }

        // Then
        Assert.Equal(["w.db"], Directory.GetFiles(folder.FullPath).Select(Path.GetFileName));
    }

    [Fact]
    public void Should_name_the_file_when_it_is_not_a_database()
    {
        // Given
        using var folder = new TempDirectory();
        var path = folder.File("notes.db");
        File.WriteAllText(path, "these are my running notes, not a database; they are long enough to have a header.\n" + new string('x', 200));

        // When
        var error = Assert.Throws<UserFacingException>(() => WorkoutDatabase.OpenExisting(path, new FakeTimeProvider(), readOnly: true));

        // Then
        Assert.Equal($"{path}: not a SQLite database, so not a workoutgen database; it was left unchanged. Give --db the path of your workoutgen database, or of a file that does not exist yet.", error.Display);
        Assert.StartsWith("these are my running notes", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_which_database_cannot_be_created_instead_of_a_bare_sqlite_error()
    {
        // Given a "folder" that is a file
        using var folder = new TempDirectory();
        var blocker = folder.File("blocker");
        File.WriteAllText(blocker, "");
        var path = Path.Combine(blocker, "w.db");

        // When
        var error = Assert.Throws<UserFacingException>(() => WorkoutDatabase.Open(path, new FakeTimeProvider()));

        // Then
        Assert.Equal(path, error.Where);
        Assert.StartsWith("cannot create the database's folder: ", error.Message, StringComparison.Ordinal);
    }
}
