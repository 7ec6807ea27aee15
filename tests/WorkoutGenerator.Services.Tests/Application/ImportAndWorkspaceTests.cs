using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.TimeZones;

namespace WorkoutGenerator.Services.Tests.Application;

public sealed class ImportAndWorkspaceTests(DemoDatabase demo) : IClassFixture<DemoDatabase>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("workoutgen-import-use-case-").FullName;

    [Fact]
    public void Should_create_the_database_import_the_export_with_progress_and_add_nothing_the_second_time()
    {
        // Given a database path that does not exist yet
        var path = Path.Combine(_folder, "new", "runner.db");
        var progress = new Recorder<Services.Importing.ImportProgress>();

        // When the export is imported, then imported again
        Services.Importing.ImportSummary first, second;
        using (var workspace = Workspace.Open(new WorkspaceOptions(path, demo.Time), WorkspaceAccess.Create))
        {
            first = workspace.Import.Run(demo.ExportPath, progress);
            second = workspace.Import.Run(demo.ExportPath);
        }

        // Then the first stored every run, reporting as it read, and the second none
        Assert.False(first.Failed);
        Assert.True(first.RunsImported > 100);
        Assert.NotEmpty(progress.Seen);
        Assert.Equal(0, second.RunsImported);
        Assert.Equal(first.RunsImported, second.RunsAlreadyStored);
    }

    [Fact]
    public void Should_report_an_unreadable_source_as_a_failed_import_that_stores_nothing()
    {
        // Given a file that is no export
        var bogus = Path.Combine(_folder, "activities.csv");
        File.WriteAllText(bogus, "not,an,export\n");
        using var workspace = Workspace.Open(new WorkspaceOptions(Path.Combine(_folder, "empty.db"), demo.Time), WorkspaceAccess.Create);

        // When
        var summary = workspace.Import.Run(bogus);

        // Then
        Assert.True(summary.Failed);
        Assert.Empty(workspace.Runs.List());
    }

    [Fact]
    public void Should_refuse_to_import_through_a_read_only_workspace()
    {
        // Given
        using var workspace = demo.Open(WorkspaceAccess.Read);

        // When / Then: a host's bug, said as one
        var error = Assert.Throws<InvalidOperationException>(() => workspace.Import.Run(demo.ExportPath));
        Assert.Equal("Import writes to the database: open the workspace with Write.", error.Message);
    }

    [Fact]
    public void Should_remember_the_time_zone_given_at_open_for_every_later_workspace()
    {
        // Given a copy of the database
        using (var first = demo.OpenCopy(_folder, WorkspaceAccess.Read))
        {
            Assert.NotEqual(TimeZoneSource.Setting, first.TimeZone.Source);
        }

        // When a workspace is opened for reading with a zone
        var copy = Path.Combine(_folder, "copy.db");
        using (var withZone = Workspace.Open(new WorkspaceOptions(copy, demo.Time) { TimeZone = "europe/paris" }, WorkspaceAccess.Read))
        {
            // Then it opened for writing, to remember it
            Assert.Equal(WorkspaceAccess.Write, withZone.Access);
        }

        // and a later workspace reads it
        using var later = Workspace.Open(new WorkspaceOptions(copy, demo.Time), WorkspaceAccess.Read);
        Assert.Equal(TimeZoneSource.Setting, later.TimeZone.Source);
        Assert.Equal("Times are in Europe/Paris, set with --tz.", later.TimeZone.Note);
        Assert.Equal(new DateOnly(2025, 3, 3), later.Today);
    }

    [Fact]
    public void Should_open_a_workspace_of_its_own_for_each_request()
    {
        // Given a factory registered once for the database
        var factory = new WorkspaceFactory(new WorkspaceOptions(demo.DatabasePath, demo.Time));

        // When two requests open a workspace at once
        using var first = factory.Open(WorkspaceAccess.Read);
        using var second = factory.Open(WorkspaceAccess.Read);

        // Then each has its own, on the same file, and both read it
        Assert.NotSame(first, second);
        Assert.Equal(Path.GetFullPath(demo.DatabasePath), first.DatabasePath);
        Assert.Equal(first.Runs.Count(), second.Runs.Count());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
