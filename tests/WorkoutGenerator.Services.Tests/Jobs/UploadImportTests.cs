using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Importing;
using WorkoutGenerator.Services.Jobs;
using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Services.Tests.Jobs;

/// <summary>An uploaded export: streamed to a temporary file under the import's cap, imported as a job, then deleted.</summary>
public sealed class UploadImportTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 7, 0, 0, TimeSpan.Zero));
    private readonly string _folder = Directory.CreateTempSubdirectory("workoutgen-upload-tests-").FullName;

    [Fact]
    public async Task Should_save_a_zip_under_the_apps_own_name_and_delete_it_on_dispose()
    {
        // Given a zip sent as "../../etc/passwd.zip"
        using var content = new MemoryStream(SmallExports.Zip(SmallExports.Header + SmallExports.Row(1, "Mar 4, 2024, 7:00:00 AM", 8000)));

        // When it is saved
        var upload = await ExportUpload.SaveAsync(content, "../../etc/passwd.zip");

        // Then it lies in a temporary folder as export.zip, whole, until it is disposed
        Assert.Equal("export.zip", Path.GetFileName(upload.Path));
        Assert.StartsWith(Path.GetTempPath(), upload.Path, StringComparison.Ordinal);
        Assert.Equal(content.Length, new FileInfo(upload.Path).Length);
        upload.Dispose();
        Assert.False(Directory.Exists(Path.GetDirectoryName(upload.Path)));
    }

    [Theory]
    [InlineData(64, "big.zip", "big.zip", "The file is over the 64-byte limit for one import; refusing to read it.")]
    [InlineData(1 << 20, "", "the upload", "the file is empty: choose a Strava export (.zip) or its activities.csv.")]
    public async Task Should_refuse_an_upload_over_the_cap_or_empty_and_leave_no_file(int cap, string name, string where, string message)
    {
        // Given
        var before = Uploads();
        using var content = new MemoryStream(cap < 1000 ? new byte[cap + 1] : []);

        // When
        var error = await Assert.ThrowsAsync<UserFacingException>(() => ExportUpload.SaveAsync(content, name, cap));

        // Then
        Assert.Equal((where, message), (error.Where, error.Message));
        Assert.Equal(before, Uploads());
    }

    [Fact]
    public async Task Should_import_an_upload_as_a_job_report_its_skipped_rows_and_delete_it()
    {
        // Given a database's jobs and an upload of two runs and a row without a distance
        var jobs = new WorkspaceJobs(new BackgroundJobs(_time), new WorkspaceFactory(new WorkspaceOptions(Path.Combine(_folder, "runs.db"), _time)));
        using var content = new MemoryStream(SmallExports.Zip(SmallExports.Header + SmallExports.Row(1, "Mar 4, 2024, 7:00:00 AM", 8000) + SmallExports.Row(2, "Mar 6, 2024, 7:00:00 AM", 0) + SmallExports.Row(3, "Mar 8, 2024, 7:00:00 AM", 12000)));
        var upload = await ExportUpload.SaveAsync(content, "export_123.zip");

        // When it is imported
        jobs.StartImport(upload);
        await WhenFinished(jobs);

        // Then the job's result is the import's summary, with the skipped row's line, and the upload is gone
        var done = jobs.Current!;
        Assert.Equal(JobState.Done, done.State);
        var summary = done.ResultAs<ImportSummary>()!;
        Assert.Equal((2, 1), (summary.RunsImported, summary.RowsSkipped));
        Assert.Contains(summary.Issues, issue => issue.Line == 3);
        Assert.False(File.Exists(upload.Path));
    }

    [Fact]
    public async Task Should_delete_an_upload_whose_import_is_refused_because_a_job_runs()
    {
        // Given a train running on the database
        var database = Path.Combine(_folder, "busy.db");
        var background = new BackgroundJobs(_time);
        using var gate = new ManualResetEventSlim();
        background.Start(database, JobKind.Train, (_, _) => gate.Wait(Patience));
        var jobs = new WorkspaceJobs(background, new WorkspaceFactory(new WorkspaceOptions(database, _time)));
        using var content = new MemoryStream(SmallExports.Zip(SmallExports.Header + SmallExports.Row(1, "Mar 4, 2024, 7:00:00 AM", 8000)));
        var upload = await ExportUpload.SaveAsync(content, "export_123.zip");

        // When an import is started
        var error = Assert.Throws<UserFacingException>(() => jobs.StartImport(upload));

        // Then it is refused and its file deleted
        Assert.StartsWith("training is already running on this database", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(upload.Path));
        gate.Set();
        await background.WhenFinished(database).WaitAsync(Patience);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task WhenFinished(WorkspaceJobs jobs)
    {
        while (jobs.Current is { IsRunning: true })
        {
            await Task.Delay(20);
        }
    }

    private static string[] Uploads() => [.. Directory.GetDirectories(Path.GetTempPath(), "workoutgen-upload-*").Where(d => !d.Contains("tests", StringComparison.Ordinal)).Order()];
}
