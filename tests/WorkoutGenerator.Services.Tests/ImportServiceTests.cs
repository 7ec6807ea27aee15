using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Import.Strava;
using WorkoutGenerator.Services.Importing;
using WorkoutGenerator.Storage;
using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Services.Tests;

public sealed class ImportServiceTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 7, 0, 0, TimeSpan.Zero));
    private readonly string _folder = Directory.CreateTempSubdirectory("workoutgen-services-").FullName;

    [Fact]
    public void Should_add_only_new_runs_when_a_newer_export_is_imported()
    {
        // Given an older export holding the first two runs of a newer one
        using var database = WorkoutDatabase.Open(Path.Combine(_folder, "a.db"), _time);
        var service = new ImportService(new StravaExportReader(), database, _time);
        var older = Write("older.csv", Header + Row(1, "Mar 4, 2024, 7:00:00 AM", 8000) + Row(2, "Mar 6, 2024, 7:00:00 AM", 10000));
        var newer = Write("newer.csv", Header + Row(1, "Mar 4, 2024, 7:00:00 AM", 8000) + Row(2, "Mar 6, 2024, 7:00:00 AM", 10000) + Row(3, "Mar 10, 2024, 7:00:00 AM", 25000));

        // When
        var first = service.Import(older);
        var second = service.Import(newer);

        // Then
        Assert.Equal(2, first.RunsImported);
        Assert.Equal(1, second.RunsImported);
        Assert.Equal(2, second.RunsAlreadyStored);
        Assert.Equal(["1", "2", "3"], database.Activities.GetRuns().Select(run => run.Id));
    }

    [Fact]
    public void Should_classify_every_stored_run()
    {
        using var database = WorkoutDatabase.Open(Path.Combine(_folder, "b.db"), _time);
        var service = new ImportService(new StravaExportReader(), database, _time);

        service.Import(TestData.StravaPath("hu-slalom007", "activities.csv"));

        var runs = database.Activities.GetRuns();
        Assert.NotEmpty(runs);
        Assert.All(runs, run => Assert.NotEqual(WorkoutType.Unknown, run.WorkoutType));
        Assert.Contains(runs, run => run.WorkoutType == WorkoutType.Long);
    }

    [Fact]
    public void Should_store_nothing_and_report_an_error_for_a_truncated_zip()
    {
        // Given a database that already holds runs, and a half-downloaded export
        using var database = WorkoutDatabase.Open(Path.Combine(_folder, "c.db"), _time);
        var service = new ImportService(new StravaExportReader(), database, _time);
        service.Import(Write("older.csv", Header + Row(1, "Mar 4, 2024, 7:00:00 AM", 8000)));
        var zip = Path.Combine(_folder, "export_123.zip");
        File.WriteAllBytes(zip, [0x50, 0x4B, 0x03, 0x04, 0x0A, 0x00, 0x00]);

        // When
        var summary = service.Import(zip);

        // Then
        Assert.True(summary.Failed);
        Assert.Contains(summary.Issues, issue => issue.Severity == ImportIssueSeverity.Error && issue.File.Contains("export_123.zip", StringComparison.Ordinal));
        Assert.Equal(1, database.Activities.CountRuns());
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
