using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Storage.Tests;

/// <summary>A database is a regular file or nothing yet: a FIFO, a device, a socket or a folder is refused unopened.</summary>
public sealed class SpecialFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("workoutgen-special-").FullName;

    [Fact]
    public void Should_tell_each_kind_of_file_without_opening_it()
    {
        // Given a regular file, a folder, a FIFO, a socket, a device and nothing
        var file = Path.Combine(_folder, "file");
        File.WriteAllText(file, "x");
        var fifo = SpecialFiles.Fifo(Path.Combine(_folder, "fifo"));
        using var socket = SpecialFiles.Socket(Path.Combine(_folder, "socket"));

        // When each is asked for, then Then each is what it is (a FIFO would block an open: this returns at once)
        Assert.Equal(FileKindType.Regular, FileKind.Of(file));
        Assert.Equal(FileKindType.Directory, FileKind.Of(_folder));
        Assert.Equal(FileKindType.Fifo, FileKind.Of(fifo));
        Assert.Equal(FileKindType.Socket, FileKind.Of(Path.Combine(_folder, "socket")));
        Assert.Equal(FileKindType.CharacterDevice, FileKind.Of(SpecialFiles.CharacterDevice));
        Assert.Equal(FileKindType.Missing, FileKind.Of(Path.Combine(_folder, "none")));
        Assert.Null(FileKind.NotRegular(file));
        Assert.Equal("a FIFO (named pipe)", FileKind.NotRegular(fifo));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Should_refuse_a_fifo_as_the_database_at_once(bool create)
    {
        // Given a FIFO where the database should be (reading its header would wait for a writer forever)
        var fifo = SpecialFiles.Fifo(Path.Combine(_folder, "f.db"));

        // When it is opened to create or to read
        var error = Assert.Throws<UserFacingException>(() => create
            ? WorkoutDatabase.Open(fifo, TimeProvider.System)
            : WorkoutDatabase.OpenExisting(fifo, TimeProvider.System, readOnly: true));

        // Then it is refused naming it, and nothing was made beside it
        Assert.Equal($"{fifo}: this is a FIFO (named pipe), not a database file; it was not opened. Give --db a regular file, or a path where none exists yet.", error.Display);
        Assert.Equal(["f.db"], Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Should_refuse_a_character_device_as_the_database_and_leave_no_journal()
    {
        // Given a character device as the database

        // When it is opened to write
        var error = Assert.Throws<UserFacingException>(() => WorkoutDatabase.Open(SpecialFiles.CharacterDevice, TimeProvider.System));

        // Then it is refused before SQLite could leave a -journal beside it
        Assert.StartsWith($"{SpecialFiles.CharacterDevice}: this is a character device, not a database file", error.Display, StringComparison.Ordinal);
        Assert.False(File.Exists(SpecialFiles.CharacterDevice + "-journal"));
    }

    [Fact]
    public void Should_refuse_a_folder_as_the_database()
    {
        // Given a folder where the database should be

        // When it is opened to create
        var error = Assert.Throws<UserFacingException>(() => WorkoutDatabase.Open(_folder, TimeProvider.System));

        // Then it says what it is
        Assert.Equal($"{_folder}: this is a folder, not a database file; it was not opened. Give --db a regular file, or a path where none exists yet.", error.Display);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
