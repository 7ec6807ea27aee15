using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Services.Importing;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Services.Tests.Application;

public sealed class ImportUseCaseTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 7, 0, 0, TimeSpan.Zero));
    private readonly string _folder = Directory.CreateTempSubdirectory("workoutgen-services-").FullName;

    [Fact]
    public void Should_add_only_new_runs_when_a_newer_export_is_imported()
    {
        // Given an older export holding the first two runs of a newer one
        using var workspace = Workspace.Open(new WorkspaceOptions(Path.Combine(_folder, "a.db"), _time), WorkspaceAccess.Create);
        var service = workspace.Import;
        var older = Write("older.csv", Header + Row(1, "Mar 4, 2024, 7:00:00 AM", 8000) + Row(2, "Mar 6, 2024, 7:00:00 AM", 10000));
        var newer = Write("newer.csv", Header + Row(1, "Mar 4, 2024, 7:00:00 AM", 8000) + Row(2, "Mar 6, 2024, 7:00:00 AM", 10000) + Row(3, "Mar 10, 2024, 7:00:00 AM", 25000));

        // When
        var first = service.Run(older);
        var second = service.Run(newer);

        // Then
        Assert.Equal(2, first.RunsImported);
        Assert.Equal(1, second.RunsImported);
        Assert.Equal(2, second.RunsAlreadyStored);
        Assert.Equal(["1", "2", "3"], workspace.Database.Activities.GetRuns().Select(run => run.Id));
    }

    [Fact]
    public void Should_classify_every_stored_run()
    {
        using var workspace = Workspace.Open(new WorkspaceOptions(Path.Combine(_folder, "b.db"), _time), WorkspaceAccess.Create);
        var service = workspace.Import;

        service.Run(TestData.StravaPath("hu-slalom007", "activities.csv"));

        var runs = workspace.Database.Activities.GetRuns();
        Assert.NotEmpty(runs);
        Assert.All(runs, run => Assert.NotEqual(WorkoutType.Unknown, run.WorkoutType));
        Assert.Contains(runs, run => run.WorkoutType == WorkoutType.Long);
    }

    [Fact]
    public void Should_store_nothing_and_report_an_error_for_a_truncated_zip()
    {
        // Given a database that already holds runs, and a half-downloaded export
        using var workspace = Workspace.Open(new WorkspaceOptions(Path.Combine(_folder, "c.db"), _time), WorkspaceAccess.Create);
        var service = workspace.Import;
        service.Run(Write("older.csv", Header + Row(1, "Mar 4, 2024, 7:00:00 AM", 8000)));
        var zip = Path.Combine(_folder, "export_123.zip");
        File.WriteAllBytes(zip, [0x50, 0x4B, 0x03, 0x04, 0x0A, 0x00, 0x00]);

        // When
        var summary = service.Run(zip);

        // Then
        Assert.True(summary.Failed);
        Assert.Contains(summary.Issues, issue => issue.Severity == ImportIssueSeverity.Error && issue.File.Contains("export_123.zip", StringComparison.Ordinal));
        Assert.Equal(1, workspace.Database.Activities.CountRuns());
    }

    [Fact]
    public void Should_leave_the_database_unchanged_when_the_import_is_cancelled_after_reading()
    {
        // Given a database with one run, and Ctrl-C pressed as the read of a newer export ends (before classifying)
        using var workspace = Workspace.Open(new WorkspaceOptions(Path.Combine(_folder, "d.db"), _time), WorkspaceAccess.Create);
        var service = workspace.Import;
        service.Run(Write("older.csv", Header + Row(1, "Mar 4, 2024, 7:00:00 AM", 8000)));
        var rows = string.Concat(Enumerable.Range(2, 150).Select(i => Row(i, $"Mar 4, 2024, 7:{i % 60:00}:00 AM", 8000 + i)));
        var newer = Write("newer.csv", Header + rows);
        using var cancel = new CancellationTokenSource();
        var ctrlC = new CancelOnLastReport(cancel, rowsRead: 150);

        // When
        Assert.Throws<OperationCanceledException>(() => service.Run(newer, ctrlC, cancel.Token));

        // Then
        Assert.Equal(["1"], workspace.Database.Activities.GetRuns().Select(run => run.Id));
        Assert.Single(workspace.Database.Activities.GetImports());
    }

    [Fact]
    public void Should_store_the_other_runs_when_one_named_activity_file_is_absurd()
    {
        // Given an export whose second run names a TCX with a distance of 1e308 m
        var export = Directory.CreateDirectory(Path.Combine(_folder, "export")).FullName;
        Directory.CreateDirectory(Path.Combine(export, "activities"));
        File.WriteAllText(Path.Combine(export, "activities", "2.tcx"),
            "<TrainingCenterDatabase><Activities><Activity Sport=\"Running\"><Lap StartTime=\"2024-03-06T07:00:00Z\"><DistanceMeters>1e308</DistanceMeters><Track>" +
            "<Trackpoint><Time>2024-03-06T07:00:00Z</Time><DistanceMeters>0</DistanceMeters></Trackpoint>" +
            "<Trackpoint><Time>2024-03-06T07:30:00Z</Time><DistanceMeters>1e308</DistanceMeters></Trackpoint></Track></Lap>" +
            "<Lap StartTime=\"2024-03-06T07:30:00Z\"><DistanceMeters>1e308</DistanceMeters></Lap></Activity></Activities></TrainingCenterDatabase>");
        File.WriteAllText(Path.Combine(export, "activities.csv"), Header + Row(1, "Mar 4, 2024, 7:00:00 AM", 8000)
            + Row(2, "Mar 6, 2024, 7:00:00 AM", 10000).Replace("false,,,,,,", "false,,,activities/2.tcx,,,", StringComparison.Ordinal) + Row(3, "Mar 8, 2024, 7:00:00 AM", 9000));
        using var workspace = Workspace.Open(new WorkspaceOptions(Path.Combine(_folder, "e.db"), _time), WorkspaceAccess.Create);

        // When
        var summary = workspace.Import.Run(export);

        // Then
        Assert.Equal(3, summary.RunsImported);
        Assert.Equal(3, workspace.Database.Activities.CountRuns());
        Assert.Contains(summary.Issues, issue => issue.File == "activities/2.tcx" && issue.Severity == ImportIssueSeverity.Warning);
    }

    /// <summary>Cancels as the reader reports its last rows, as a runner's Ctrl-C between reading and storing would.</summary>
    private sealed class CancelOnLastReport(CancellationTokenSource cancel, int rowsRead) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.RowsRead == rowsRead)
            {
                cancel.Cancel();
            }
        }
    }

    private const string Header =
        "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance\n";

    private static string Row(int id, string date, double meters) =>
        FormattableString.Invariant($"{id},\"{date}\",Morning Run,Run,,{meters * 0.36:F0},{meters / 1000:F2},,,false,,,,,,{meters * 0.36:F1},{meters * 0.35:F1},{meters:F1}\n");

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
