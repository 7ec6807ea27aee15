using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Failures;
using WorkoutGenerator.Services.Files;
using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Services.Tests.Application;

/// <summary>Special files, full disks, failed first imports and out-of-range numbers, as the API meets them.</summary>
public sealed class DataSafetyTests(DemoDatabase demo) : IClassFixture<DemoDatabase>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("workoutgen-data-safety-").FullName;

    private string Database => Path.Combine(_folder, "runs.db");

    [Fact]
    public void Should_refuse_an_export_onto_a_fifo_a_device_or_a_socket_before_anything_is_built()
    {
        // Given a FIFO, a socket and a device where exports would go
        var fifo = SpecialFiles.Fifo(Path.Combine(_folder, "plan.ics"));
        var socketPath = Path.Combine(_folder, "plan.csv");
        using var socket = SpecialFiles.Socket(socketPath);

        // When each is checked as an export's file
        var onFifo = Assert.Throws<UserFacingException>(() => OutputPaths.CheckFile(fifo, Database));
        var onSocket = Assert.Throws<UserFacingException>(() => OutputPaths.CheckFile(socketPath, Database));
        var onDevice = Assert.Throws<UserFacingException>(() => OutputPaths.CheckFile(SpecialFiles.CharacterDevice, Database));

        // Then each is refused in one line naming it, and the FIFO is still a FIFO
        Assert.Equal($"{fifo}: this is a FIFO (named pipe), not a regular file: exports write only regular files; choose another file name.", onFifo.Display);
        Assert.StartsWith($"{socketPath}: this is a socket, not a regular file", onSocket.Display, StringComparison.Ordinal);
        Assert.StartsWith("/dev/null: this is a character device, not a regular file", onDevice.Display, StringComparison.Ordinal);
        Assert.Equal(Storage.FileKindType.Fifo, Storage.FileKind.Of(fifo));
    }

    [Fact]
    public void Should_refuse_a_fit_folder_holding_a_fifo_under_a_workout_files_name()
    {
        // Given a watch folder where a FIFO sits under a FIT file's name
        var watch = Directory.CreateDirectory(Path.Combine(_folder, "watch")).FullName;
        var fifo = SpecialFiles.Fifo(Path.Combine(watch, "2026-06-02-easy.fit"));

        // When the folder is checked for a plan's workouts, and a file is staged over the FIFO
        var error = Assert.Throws<UserFacingException>(() => OutputPaths.CheckFolder(watch, Database));
        using var files = new StagedFiles();
        var staged = Assert.Throws<UserFacingException>(() => files.Write(fifo, [1, 2, 3]));

        // Then both refuse it by name
        Assert.Equal($"{fifo}: this is a FIFO (named pipe), not a regular file: exports write only regular files; choose another file name.", error.Display);
        Assert.Equal(error.Display, staged.Display);
    }

    [Fact]
    public void Should_refuse_a_folder_that_is_a_fifo()
    {
        // Given a FIFO where a folder for FIT files is named
        var fifo = SpecialFiles.Fifo(Path.Combine(_folder, "watch"));

        // When / Then
        var error = Assert.Throws<UserFacingException>(() => OutputPaths.CheckFolder(fifo, Database));
        Assert.Equal($"{fifo}: this is a FIFO (named pipe): give a folder.", error.Display);
    }

    [Fact]
    public void Should_leave_no_database_file_after_a_failed_first_import()
    {
        // Given a file that is no export and no database yet
        var bogus = Path.Combine(_folder, "activities.csv");
        File.WriteAllText(bogus, "not,an,export\n");

        // When it is imported into a new database
        using (var workspace = Workspace.Open(new WorkspaceOptions(Database, demo.Time), WorkspaceAccess.Create))
        {
            Assert.True(workspace.Import.Run(bogus).Failed);
        }

        // Then "nothing is stored" means no file either
        Assert.Equal(["activities.csv"], Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Should_keep_an_existing_database_after_a_failed_import()
    {
        // Given an existing (empty) database
        Workspace.Open(new WorkspaceOptions(Database, demo.Time), WorkspaceAccess.Create).Dispose();
        var bogus = Path.Combine(_folder, "activities.csv");
        File.WriteAllText(bogus, "not,an,export\n");

        // When a failed import runs on it
        using (var workspace = Workspace.Open(new WorkspaceOptions(Database, demo.Time), WorkspaceAccess.Create))
        {
            Assert.True(workspace.Import.Run(bogus).Failed);
        }

        // Then it is still there
        Assert.True(File.Exists(Database));
    }

    [Theory]
    [InlineData(28, "the disk is full")]
    [InlineData(122, "the disk quota is used up")]
    [InlineData(30, "the disk is mounted read-only")]
    [InlineData(13, "permission denied")]
    public void Should_turn_the_machines_write_failures_into_one_line(int errno, string reason)
    {
        // Given the IOException .NET throws on Unix for that errno
        var failure = new IOException("Disk trouble : '/home/runner/plan.ics'\nsecond line", errno);

        // When the hosts ask what it is
        var expected = ExpectedFailures.From(failure);

        // Then it is an expected failure, one line, naming the path
        Assert.NotNull(expected);
        Assert.Equal($"{reason} (Disk trouble : '/home/runner/plan.ics'); nothing was changed.", expected.Display);
    }

    [Fact]
    public void Should_leave_a_bug_a_bug()
    {
        // Given an IOException that is no machine failure, and a plain bug
        // When / Then
        Assert.Null(ExpectedFailures.From(new IOException("bad", 5)));
        Assert.Null(ExpectedFailures.From(new InvalidOperationException("bug")));
    }

    [Fact]
    public void Should_report_a_damaged_stored_run_and_leave_it_out()
    {
        // Given a copy of the demo athlete with one run's distance made 0 behind the app's back
        var copy = Path.Combine(_folder, "copy.db");
        File.Copy(demo.DatabasePath, copy);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={copy};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE runs SET distance_m = 0 WHERE rowid = (SELECT max(rowid) FROM runs);";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        // When its runs, weeks and damage are read
        using var workspace = Workspace.Open(new WorkspaceOptions(copy, demo.Time), WorkspaceAccess.Read);
        var runs = workspace.Runs.List();
        var weeks = workspace.Weeks.List();
        var damaged = workspace.Runs.Damaged();

        // Then the row is named with what is wrong, and left out of the runs and the weeks
        var damage = Assert.Single(damaged);
        Assert.Equal($"runs row {damage.Row} is damaged: a run of 0 m is too short to train on (under 100 m); it is left out of every list, chart, plan and training.", damage.Display);
        Assert.Equal(workspace.Runs.Count() - 1, runs.Count);
        Assert.Equal(runs.Count, weeks.Sum(w => w.Runs));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
