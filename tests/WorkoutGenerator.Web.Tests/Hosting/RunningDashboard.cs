using System.Net;
using System.Text.RegularExpressions;

namespace WorkoutGenerator.Web.Tests.Hosting;

/// <summary>The dashboard on a free loopback port, with a browser-like client that keeps cookies and does not follow redirects.</summary>
public sealed partial class RunningDashboard : IAsyncDisposable
{
    private RunningDashboard(DashboardHost host, HttpClient client, CookieContainer cookies)
    {
        Host = host;
        Client = client;
        Cookies = cookies;
    }

    public DashboardHost Host { get; }

    public HttpClient Client { get; }

    public CookieContainer Cookies { get; }

    /// <summary>A database path no test creates: enough for pages that do not read one (Model, Import, the assets).</summary>
    public static string NoDatabase { get; } = Path.Combine(Path.GetTempPath(), "workoutgen-web-tests-" + Guid.NewGuid().ToString("N"), "none.db");

    public static Task<RunningDashboard> StartAsync() => StartAsync(new DashboardOptions { DatabasePath = NoDatabase, Port = 0 });

    public static async Task<RunningDashboard> StartAsync(DashboardOptions options)
    {
        var host = await DashboardHost.StartAsync(options);
        var cookies = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(host.Url.GetLeftPart(UriPartial.Authority)),
        };
        return new RunningDashboard(host, client, cookies);
    }

    /// <summary>The antiforgery token of the first form on the page at <paramref name="path"/> (its cookie is now in <see cref="Cookies"/>).</summary>
    public async Task<string> FormTokenAsync(string path)
    {
        var html = await Client.GetStringAsync(path);
        return TokenField().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException($"No antiforgery field on {path}.");
    }

    public async Task<HttpResponseMessage> PostAsync(string path, params (string Name, string Value)[] fields) =>
        await Client.PostAsync(path, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }

    [GeneratedRegex("name=\"__antiforgery\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
