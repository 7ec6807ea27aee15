using WorkoutGenerator.Import.Strava;
using WorkoutGenerator.Import.Tests.Strava;
using WorkoutGenerator.Import.ActivityFiles;

namespace WorkoutGenerator.Import.Tests.Safety;

/// <summary>One bad activity file gets its own result, a warning naming it; the rest of the import goes on.</summary>
public sealed class BadActivityFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("wg-badfile-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Should_import_the_other_files_of_a_watch_folder_when_a_tcx_has_an_absurd_distance()
    {
        // Given a watch folder: a real FIT run, a TCX whose two laps of 1e308 m sum to infinity, one whose trackpoint says 1e308 m
        File.Copy(SafetyFiles.RealRunFit, Path.Combine(_dir, "good.fit.gz"));
        File.WriteAllText(Path.Combine(_dir, "laps.tcx"), SafetyFiles.Tcx(lapMeters: "1e308")
            .Replace("</Lap>", "</Lap><Lap StartTime=\"2024-03-12T18:10:00Z\"><DistanceMeters>1e308</DistanceMeters></Lap>", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(_dir, "point.tcx"), SafetyFiles.Tcx(pointMeters: "1e308"));

        // When
        var result = new StravaExportReader().Read(_dir);

        // Then the good file and the TCX with usable trackpoints are runs; the 1e308 m run is left out with its reason
        Assert.False(result.Failed);
        Assert.Equal(["good.fit.gz", "laps.tcx"], result.Runs.Select(r => r.SourceFile).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["point.tcx:0: a run of 1E+305 km is longer than any one activity (over 500 km); left out"],
            result.Issues.Select(i => i.ToString()));
    }

    [Fact]
    public void Should_keep_the_csv_runs_when_a_named_tcx_has_an_absurd_distance()
    {
        // Given an export whose second run names a TCX with DistanceMeters 1e308
        var activities = Directory.CreateDirectory(Path.Combine(_dir, "activities")).FullName;
        File.WriteAllText(Path.Combine(activities, "2.tcx"), SafetyFiles.Tcx(lapMeters: "1e308", pointMeters: "1e308"));
        File.WriteAllText(Path.Combine(_dir, "activities.csv"), string.Join("\n", CsvText.EnglishHeader, CsvText.Row(id: "1"), CsvText.Row(id: "2", file: "activities/2.tcx", elapsedWhole: "600", elapsed: "600.0", moving: "600.0", display: "2.00", meters: "2000.0"), CsvText.Row(id: "3")) + "\n");

        // When
        var result = new StravaExportReader().Read(_dir);

        // Then all three rows are runs, and the file's disagreement is a warning naming it
        Assert.Equal(["1", "2", "3"], result.Runs.Select(r => r.Id));
        var warning = Assert.Single(result.Issues);
        Assert.Equal("activities/2.tcx", warning.File);
        Assert.Equal(ImportIssueSeverity.Warning, warning.Severity);
        Assert.Equal("activity 2: the CSV's distance 2000 m and the file's 1E+308 m differ by more than 3 %; the CSV's is kept", warning.Reason);
    }

    [Fact]
    public void Should_import_a_single_tcx_file_with_an_absurd_lap_distance_from_its_trackpoints()
    {
        // Given one TCX file whose lap says 1e308 m
        var file = Path.Combine(_dir, "run.tcx");
        File.WriteAllText(file, SafetyFiles.Tcx(lapMeters: "1e308"));

        // When
        var result = new StravaExportReader().Read(file);

        // Then
        Assert.Equal(2000, Assert.Single(result.Runs).Distance.Meters);
    }

    [Fact]
    public void Should_report_a_bug_in_one_file_as_a_warning_naming_it_and_its_exception()
    {
        // Given a file's work that fails with an exception no reader should throw
        var issues = new List<ImportIssue>();

        // When
        var kept = PerFile.Guard("activities/7.fit", issues, "left out", false, () => throw new ArgumentOutOfRangeException("meters", "A distance must be finite."));

        // Then
        Assert.False(kept);
        var issue = Assert.Single(issues);
        Assert.Equal("activities/7.fit:0: unexpected ArgumentOutOfRangeException (A distance must be finite. (Parameter 'meters')): a bug in the app, please report it; left out", issue.ToString());
    }

    [Fact]
    public void Should_let_cancellation_through_the_per_file_guard()
    {
        Assert.Throws<OperationCanceledException>(() => PerFile.Guard<bool>("a.fit", [], "left out", false, () => throw new OperationCanceledException()));
    }
}
