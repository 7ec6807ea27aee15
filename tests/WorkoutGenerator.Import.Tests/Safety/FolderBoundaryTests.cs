using WorkoutGenerator.Import.Strava;
using WorkoutGenerator.Import.Tests.Strava;

namespace WorkoutGenerator.Import.Tests.Safety;

/// <summary>A folder import stays inside the folder: linked folders are not followed, linked files only to inside targets, only regular files are opened.</summary>
public sealed class FolderBoundaryTests : IDisposable
{
    private readonly string _base = Directory.CreateTempSubdirectory("wg-folder-").FullName;
    private readonly string _root;
    private readonly string _outside;

    public FolderBoundaryTests()
    {
        _root = Directory.CreateDirectory(Path.Combine(_base, "watch")).FullName;
        _outside = Directory.CreateDirectory(Path.Combine(_base, "elsewhere")).FullName;
        File.Copy(SafetyFiles.RealRunFit, Path.Combine(_root, "inside.fit.gz"));
        File.WriteAllText(Path.Combine(_outside, "secret.tcx"), SafetyFiles.Tcx());
    }

    public void Dispose() => Directory.Delete(_base, recursive: true);

    [Fact]
    public void Should_not_follow_links_that_leave_the_folder_nor_loop()
    {
        // Given a link to a folder outside, a link to the folder itself (a loop) and a link to a file outside
        Directory.CreateSymbolicLink(Path.Combine(_root, "out"), _outside);
        Directory.CreateSymbolicLink(Path.Combine(_root, "loop"), _root);
        File.CreateSymbolicLink(Path.Combine(_root, "secret.tcx"), Path.Combine(_outside, "secret.tcx"));

        // When
        var result = SafetyFiles.Within(() => new StravaExportReader().Read(_root));

        // Then only the file inside is read, and each link is a warning
        Assert.Equal("inside.fit.gz", Assert.Single(result.Runs).SourceFile);
        Assert.Equal(
            [
                "loop:0: a link to a folder, which the import does not follow; skipped",
                "out:0: a link to a folder, which the import does not follow; skipped",
                "secret.tcx:0: a link to a file outside the folder; not opened",
            ],
            result.Issues.Select(i => i.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_read_a_linked_file_whose_target_is_inside_the_folder()
    {
        // Given a TCX in a subfolder and a link to it at the top
        var sub = Directory.CreateDirectory(Path.Combine(_root, "sub")).FullName;
        File.WriteAllText(Path.Combine(sub, "run.tcx"), SafetyFiles.Tcx());
        File.CreateSymbolicLink(Path.Combine(_root, "link.tcx"), Path.Combine(sub, "run.tcx"));

        // When
        var result = new StravaExportReader().Read(_root);

        // Then the link and its target are one recording, read once
        Assert.Equal(["inside.fit.gz", "link.tcx"], result.Runs.Select(r => r.SourceFile).Order(StringComparer.Ordinal));
        Assert.StartsWith("sub/run.tcx:0: the same recording as an earlier file", Assert.Single(result.Issues).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_skip_a_fifo_named_like_an_activity_file_without_opening_it()
    {
        // Given a FIFO named run.fit beside a real run
        SafetyFiles.Fifo(Path.Combine(_root, "run.fit"));

        // When
        var result = SafetyFiles.Within(() => new StravaExportReader().Read(_root));
        var alone = SafetyFiles.Within(() => new StravaExportReader().Read(Path.Combine(_root, "run.fit")));

        // Then
        Assert.Single(result.Runs);
        Assert.Equal("run.fit:0: the file is empty or is not a regular file (a FIFO, a device or a socket); it is not opened", Assert.Single(result.Issues).ToString());
        Assert.True(alone.Failed);
    }

    [Fact]
    public void Should_not_read_a_named_activity_file_through_a_linked_folder()
    {
        // Given an export whose activities folder is a link to a folder outside it
        var export = Directory.CreateDirectory(Path.Combine(_base, "export")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(export, "activities"), _outside);
        File.WriteAllText(Path.Combine(export, "activities.csv"), CsvText.EnglishHeader + "\n" + CsvText.Row(id: "1", file: "activities/secret.tcx") + "\n");

        // When
        var result = new StravaExportReader().Read(export);

        // Then the run keeps the CSV's values and the file is not read
        Assert.Single(result.Runs);
        Assert.Equal(
            "activities/secret.tcx:0: the file cannot be read (activities/secret.tcx: \"activities\" is a link to a folder, which the import does not follow; not opened); the CSV's values are kept",
            Assert.Single(result.Issues).ToString());
    }
}
