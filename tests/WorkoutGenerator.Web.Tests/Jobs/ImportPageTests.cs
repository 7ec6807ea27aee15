using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using WorkoutGenerator.Testing;
using WorkoutGenerator.Web.Tests.Hosting;

namespace WorkoutGenerator.Web.Tests.Jobs;

/// <summary>The import page over HTTP: an upload imports in the background and shows the CLI's report; an upload over the cap is refused.</summary>
public sealed class ImportPageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("workoutgen-web-import-").FullName;

    [Fact]
    public async Task Should_import_an_uploaded_zip_in_the_background_and_show_the_clis_report()
    {
        // Given a dashboard on a new database, and an export of two runs and a row without a distance
        await using var dashboard = await RunningDashboard.StartAsync(new DashboardOptions { Port = 0, DatabasePath = Path.Combine(_folder, "runs.db") });
        var token = await dashboard.FormTokenAsync("/import");
        var zip = SmallExports.Zip(SmallExports.Header + SmallExports.Row(1, "Mar 4, 2024, 7:00:00 AM", 8000) + SmallExports.Row(2, "Mar 6, 2024, 7:00:00 AM", 0) + SmallExports.Row(3, "Mar 8, 2024, 7:00:00 AM", 12000));

        // When it is uploaded
        using var response = await Upload(dashboard, token, zip);
        var job = await JobPolling.FinishedAsync(dashboard);
        var page = await dashboard.Client.GetStringAsync("/import");

        // Then the upload went back to the page, the job imported, and the page shows the counts and the skipped row's line and column
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/import", response.Headers.Location!.OriginalString);
        Assert.Equal(("import", "done", 1.0), (job.GetProperty("kind").GetString(), job.GetProperty("state").GetString(), job.GetProperty("fraction").GetDouble()));
        Assert.Contains("data-testid=\"job-progress\" data-state=\"done\"", page, StringComparison.Ordinal);
        Assert.Contains("<h2>Import of activities.csv</h2>", page, StringComparison.Ordinal);
        Assert.Contains("<td data-testid=\"count-runs-imported\">2</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td data-testid=\"count-rows-skipped\">1</td>", page, StringComparison.Ordinal);
        Assert.Matches("<tr data-line=\"3\"><td>activities.csv</td><td>3</td><td>\\d+</td><td>[^<]*</td><td>[^<]+</td></tr>", page);
    }

    [Fact]
    public async Task Should_refuse_an_upload_over_the_cap_with_the_imports_message_and_start_nothing()
    {
        // Given a dashboard whose upload cap is 100 bytes
        await using var dashboard = await RunningDashboard.StartAsync(new DashboardOptions { Port = 0, DatabasePath = Path.Combine(_folder, "runs.db"), MaxUploadBytes = 100 });
        var token = await dashboard.FormTokenAsync("/import");

        // When a larger export is uploaded
        using var response = await Upload(dashboard, token, SmallExports.Zip(SmallExports.Header + SmallExports.Row(1, "Mar 4, 2024, 7:00:00 AM", 8000)));
        using var progress = await dashboard.Client.GetAsync("/jobs/progress");

        // Then it is refused in the import's words, no job started and no database was made
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("export_12345.zip: The file is over the 100-byte limit for one import; refusing to read it.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, progress.StatusCode);
        Assert.False(File.Exists(Path.Combine(_folder, "runs.db")));
    }

    [Fact]
    public async Task Should_refuse_a_body_over_the_imports_own_cap_in_the_imports_words_before_reading_it()
    {
        // Given a browser holding the dashboard's antiforgery cookie
        await using var dashboard = await RunningDashboard.StartAsync(new DashboardOptions { Port = 0, DatabasePath = Path.Combine(_folder, "runs.db") });
        await dashboard.FormTokenAsync("/import");
        var cookie = dashboard.Cookies.GetCookieHeader(dashboard.Client.BaseAddress!);

        // When an upload announces more than an import may read (and the form's room)
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(dashboard.Host.Endpoints[0]);
        await socket.SendAsync(Encoding.ASCII.GetBytes(
            $"POST /import HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookie}\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: {(1L << 30) + (1 << 20)}\r\n\r\n"));
        var response = new StringBuilder();
        var buffer = new byte[8192];
        int read;
        while (!response.ToString().Contains("</html>", StringComparison.Ordinal) && (read = await socket.ReceiveAsync(buffer)) > 0)
        {
            response.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }

        // Then it is refused at once, in the words the import uses for a file over its 1 GiB cap
        Assert.StartsWith("HTTP/1.1 413", response.ToString(), StringComparison.Ordinal);
        Assert.Contains("The file is over the 1073741824-byte limit for one import; refusing to read it.", response.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "runs.db")));
    }

    [Fact]
    public async Task Should_refuse_an_upload_without_its_antiforgery_token()
    {
        // Given a dashboard
        await using var dashboard = await RunningDashboard.StartAsync(new DashboardOptions { Port = 0, DatabasePath = Path.Combine(_folder, "runs.db") });

        // When an export is posted without the form's token
        using var response = await Upload(dashboard, token: null, SmallExports.Zip(SmallExports.Header + SmallExports.Row(1, "Mar 4, 2024, 7:00:00 AM", 8000)));
        using var progress = await dashboard.Client.GetAsync("/jobs/progress");

        // Then nothing is imported
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, progress.StatusCode);
        Assert.False(File.Exists(Path.Combine(_folder, "runs.db")));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<HttpResponseMessage> Upload(RunningDashboard dashboard, string? token, byte[] zip)
    {
        using var form = new MultipartFormDataContent();
        if (token is not null)
        {
            form.Add(new StringContent(token), "__antiforgery");
        }

        var file = new ByteArrayContent(zip);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        form.Add(file, "export", "export_12345.zip");
        return await dashboard.Client.PostAsync("/import", form);
    }
}
