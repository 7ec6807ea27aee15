using System.IO.Compression;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Importing;

namespace WorkoutGenerator.Web.Tests.Browser;

/// <summary>The import page in Chromium: a shared runner's export dropped on it imports, and the report is the import's.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class ImportInChromiumTests(Chromium chromium) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("workoutgen-browser-import-").FullName;

    [Fact]
    public async Task Should_import_an_export_dropped_on_the_page_and_show_its_report()
    {
        // Given the dashboard on a new database, and a Strava zip holding the shared runner's activities.csv
        var zip = Path.Combine(_folder, "export_12345678.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(SharedRunnerDashboard.ExportPath, "activities.csv");
        }

        var expected = ImportedThroughTheApi(zip);
        var database = Path.Combine(_folder, "dashboard.db");
        await using var host = await DashboardHost.StartAsync(new DashboardOptions { DatabasePath = database, Port = 0 });
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(host.Url, "/import").ToString());

        // When the zip is dropped on the drop zone
        await using var dropped = await page.EvaluateHandleAsync(
            """
            ([name, base64]) => {
              const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
              const transfer = new DataTransfer();
              transfer.items.add(new File([bytes], name, { type: "application/zip" }));
              return transfer;
            }
            """,
            new[] { Path.GetFileName(zip), Convert.ToBase64String(await File.ReadAllBytesAsync(zip)) });
        var sent = await page.RunAndWaitForResponseAsync(
            () => page.GetByTestId("upload-drop-zone").DispatchEventAsync("drop", new { dataTransfer = dropped }), r => r.Request.Method == "POST");
        var report = page.GetByTestId("import-report");
        await report.WaitForAsync(new() { Timeout = 120_000 });

        // Then the upload was sent and imported in the background, and the page shows the import's own counts
        Assert.Equal(302, sent.Status);
        Assert.Equal("done", await page.GetByTestId("job-progress").GetAttributeAsync("data-state"));
        Assert.Equal("false", await report.GetAttributeAsync("data-failed"));
        Assert.Equal(expected.RowsRead, await CountAsync(page, "rows-read"));
        Assert.Equal(expected.RunsImported, await CountAsync(page, "runs-imported"));
        Assert.Equal(expected.OtherActivitiesImported, await CountAsync(page, "other-activities"));
        Assert.Equal(expected.RowsSkipped, await CountAsync(page, "rows-skipped"));
        Assert.True(expected.RunsImported > 300);
        using (var workspace = Workspace.Open(new WorkspaceOptions(database, TimeProvider.System), WorkspaceAccess.Read))
        {
            Assert.Equal(expected.RunsImported, workspace.Runs.Count());
        }

        await Screenshots.SaveAsync(page, "import");
        await Chromium.ClosePageAsync(page);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The same zip imported through the API into a database of its own: the report the page must show.</summary>
    private ImportSummary ImportedThroughTheApi(string zip)
    {
        using var workspace = Workspace.Open(new WorkspaceOptions(Path.Combine(_folder, "oracle.db"), TimeProvider.System), WorkspaceAccess.Create);
        return workspace.Import.Run(zip);
    }

    private static async Task<int> CountAsync(IPage page, string key) =>
        int.Parse((await page.GetByTestId("count-" + key).InnerTextAsync()).Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
}
