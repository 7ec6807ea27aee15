using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Cli.Infrastructure;

namespace WorkoutGenerator.Cli.Tests;

// demo --serve trains the demo's model first: with the other tests that touch libtorch, never beside them.
[Collection("libtorch")]
public sealed partial class ServeCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    private sealed class RecordingBrowser : IBrowser
    {
        public List<Uri> Opened { get; } = [];

        public bool Open(Uri url)
        {
            Opened.Add(url);
            return true;
        }
    }

    /// <summary>Starts `workoutgen serve` in the background and waits for the address it prints.</summary>
    private async Task<(Task<int> Run, SharedConsole Console, Uri Url)> StartAsync(RecordingBrowser browser, CancellationToken stop, params string[] args)
    {
        // The command writes from its own thread while this one polls the output: a console that is safe for that.
        var console = new SharedConsole(width: 220);
        var context = new CliContext(console.Console, new StringWriter(), new FakeTimeProvider(_cli.Time.GetUtcNow()), name => _cli.Environment.GetValueOrDefault(name)) { Browser = browser };
        var run = Task.Run(() => CliApp.Create(context).RunAsync(args, stop));
        // Up to 10 minutes: demo --serve imports and trains before it serves.
        for (var waited = 0; waited < 12_000; waited++)
        {
            if (Address().Match(console.Output) is { Success: true } match)
            {
                return (run, console, new Uri(match.Value));
            }

            Assert.False(run.IsCompleted, "serve ended before printing its address: " + console.Output);
            await Task.Delay(50);
        }

        throw new TimeoutException("serve printed no address: " + console.Output);
    }

    [Fact]
    public async Task Should_serve_the_database_on_127_0_0_1_open_the_browser_and_stop_cleanly_on_ctrl_c()
    {
        // Given a database with runs
        _cli.ImportSyntheticExport();
        var browser = new RecordingBrowser();
        using var ctrlC = new CancellationTokenSource();

        // When serve starts on a free port
        var (run, console, url) = await StartAsync(browser, ctrlC.Token, "serve", "--db", _cli.DatabasePath, "--port", "0");
        using var client = new HttpClient();
        using var overview = await client.GetAsync(url);
        using var runs = await client.GetAsync(new Uri(url, "/runs"));
        await ctrlC.CancelAsync();
        var exitCode = await run;

        // Then it prints the loopback address, the browser is sent there, the pages answer, and Ctrl-C ends it with 0
        Assert.StartsWith("http://127.0.0.1:", url.ToString(), StringComparison.Ordinal);
        Assert.Equal([url], browser.Opened);
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        Assert.Contains("volume-recent", await runs.Content.ReadAsStringAsync() + await overview.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
        Assert.Contains("Stopped.", console.Output, StringComparison.Ordinal);
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(url));
    }

    [Fact]
    public async Task Should_not_open_the_browser_with_no_browser()
    {
        // Given a database
        _cli.ImportSyntheticExport();
        var browser = new RecordingBrowser();
        using var ctrlC = new CancellationTokenSource();

        // When serve starts with --no-browser
        var (run, _, _) = await StartAsync(browser, ctrlC.Token, "serve", "--db", _cli.DatabasePath, "--port", "0", "--no-browser");
        await ctrlC.CancelAsync();

        // Then no browser was opened
        Assert.Equal(0, await run);
        Assert.Empty(browser.Opened);
    }

    [Fact]
    public async Task Should_end_the_demo_by_serving_the_demo_athlete_and_its_plan()
    {
        // Given the demo with --serve
        var browser = new RecordingBrowser();
        using var ctrlC = new CancellationTokenSource();

        // When it has run and serves
        var (run, console, url) = await StartAsync(browser, ctrlC.Token, "demo", "--serve", "--port", "0", "--no-browser");
        using var client = new HttpClient();
        var overview = await client.GetStringAsync(url);
        var plan = await client.GetStringAsync(new Uri(url, "/plan"));
        var folder = DemoFolders.NamedIn(console.Output);
        var during = Directory.Exists(folder);
        await ctrlC.CancelAsync();

        // Then the dashboard shows the demo athlete's weeks and the plan the demo made, and Ctrl-C removes the throw-away database
        Assert.Contains("Race prediction: ", console.Output, StringComparison.Ordinal);
        Assert.Contains("data-weeks=\"26\"", overview, StringComparison.Ordinal);
        Assert.Contains("id=\"plan-calendar\"", plan, StringComparison.Ordinal);
        Assert.Equal(0, await run);
        Assert.True(during, "The demo serves from its throw-away folder.");
        Assert.False(Directory.Exists(folder));
        Assert.Empty(browser.Opened);
    }

    [Fact]
    public void Should_refuse_dashboard_options_in_a_demo_without_serve()
    {
        // Given a demo asked for a port but not to serve
        // When it is run
        var result = _cli.Run("demo", "--port", "5081");

        // Then the mistake is named before anything runs
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: --port, --no-browser, --urls, --allow-remote and --host go with --serve.", result.FlatConsole, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--urls", "http://0.0.0.0:5080" }, "error: --urls: 0.0.0.0:5080 is reachable from other computers; add --allow-remote to serve them (every request then needs the token printed at start), or use 127.0.0.1.")]
    [InlineData(new[] { "--allow-remote" }, "error: --allow-remote: needs --urls with the address other computers should reach (e.g. --urls http://0.0.0.0:5080).")]
    [InlineData(new[] { "--port", "http" }, "error: --port: must be a whole number from 0 to 65535 (0: any free port), not \"http\".")]
    public void Should_refuse_to_expose_the_dashboard_without_allow_remote(string[] options, string message)
    {
        // Given a database
        _cli.ImportSyntheticExport();

        // When serve is asked for an address it must not take alone
        var result = _cli.Run(["serve", "--db", _cli.DatabasePath, "--no-browser", .. options]);

        // Then it says why and starts nothing
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.FlatConsole, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_say_in_one_line_that_the_port_is_in_use_with_no_stack_trace()
    {
        // Given a database and a port another program holds
        _cli.ImportSyntheticExport();
        using var holder = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        holder.Start();
        var port = ((System.Net.IPEndPoint)holder.LocalEndpoint).Port;

        // When serve is started on it
        var result = await Task.Run(() => _cli.Run("serve", "--db", _cli.DatabasePath, "--no-browser", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        // Then the whole output is the one line saying so
        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: --port: 127.0.0.1:{port} is already in use by another program; choose another port.", result.FlatConsole.Trim());
    }

    [Fact]
    public void Should_refuse_host_names_without_allow_remote()
    {
        // Given a database
        _cli.ImportSyntheticExport();

        // When serve is given --host alone
        var result = _cli.Run("serve", "--db", _cli.DatabasePath, "--no-browser", "--host", "coach.example.net");

        // Then it says what --host needs
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: --host: names a host other computers reach the dashboard by; it needs --allow-remote (and --urls).", result.FlatConsole, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex Address();
}
