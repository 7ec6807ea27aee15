using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Services.Files;

namespace WorkoutGenerator.Services.Tests.Files;

public sealed class OutputPathsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("workoutgen-paths-").FullName;

    private string Database => Path.Combine(_folder, "runs.db");

    [Theory]
    [InlineData("runs.db", "this is the database")]
    [InlineData("runs.db-wal", "this is the database's -wal file")]
    [InlineData("runs.db-shm", "this is the database's -shm file")]
    [InlineData("runs.db-journal", "this is the database's -journal file")]
    [InlineData("sub/../runs.db", "this is the database")]
    public void Should_refuse_an_export_over_the_database_or_its_companion_files(string relative, string what)
    {
        // Given
        Directory.CreateDirectory(Path.Combine(_folder, "sub"));
        var path = Path.Combine(_folder, relative);

        // When
        var error = Assert.Throws<UserFacingException>(() => OutputPaths.CheckFile(path, Database));

        // Then
        Assert.Equal($"{path}: {what} ({Database}): writing there would destroy it. Choose another file name.", error.Display);
    }

    [Fact]
    public void Should_see_through_a_symbolic_link_to_the_database_folder()
    {
        // Given a link to the database's folder
        File.WriteAllText(Database, "");
        var link = Path.Combine(_folder, "alias");
        Directory.CreateSymbolicLink(link, _folder);

        // When
        var error = Assert.Throws<UserFacingException>(() => OutputPaths.CheckFolder(Path.Combine(link, "runs.db"), Database));

        // Then
        Assert.StartsWith(Path.Combine(link, "runs.db") + ": this is the database", error.Display, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing/plan.ics", "the folder {0}/missing does not exist.")]
    [InlineData("existing", "this is a folder: give a file name.")]
    public void Should_refuse_a_file_that_cannot_be_written_where_asked(string relative, string message)
    {
        Directory.CreateDirectory(Path.Combine(_folder, "existing"));
        var path = Path.Combine(_folder, relative);

        var error = Assert.Throws<UserFacingException>(() => OutputPaths.CheckFile(path, Database));

        Assert.Equal($"{path}: {string.Format(System.Globalization.CultureInfo.InvariantCulture, message, _folder)}", error.Display);
    }

    [Fact]
    public void Should_accept_a_new_folder_in_an_existing_one_and_write_nothing_while_checking()
    {
        var checkedPath = OutputPaths.CheckFolder(Path.Combine(_folder, "watch"), Database);

        Assert.Equal(Path.Combine(_folder, "watch"), checkedPath);
        Assert.Empty(Directory.GetFileSystemEntries(_folder));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
