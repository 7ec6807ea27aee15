using Microsoft.Playwright;

namespace WorkoutGenerator.Web.Tests.Browser;

/// <summary>
/// One headless Debian Chromium for every browser test, driven by Playwright. Playwright's own browser download is
/// not reachable where the project is built, so it drives the system's `/usr/bin/chromium` (package `chromium`;
/// `.ci/run` installs it where it is missing). The flags keep Chromium off the network it cannot reach: without them
/// it retries Google's hosts at every start.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium has not started.");

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("WORKOUTGEN_CHROMIUM") is { Length: > 0 } fromEnvironment ? fromEnvironment : ExecutablePath;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"{executable}: Chromium is not installed; the browser tests need Debian's chromium package (sudo apt-get install chromium), which .ci/run installs.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh context (own cookies) with a fixed desktop viewport, so screenshots are comparable.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-GB",
            TimezoneId = "Europe/Amsterdam",
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<Chromium>
{
    public const string Name = "Chromium";
}
