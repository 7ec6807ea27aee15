using Microsoft.Playwright;

namespace WorkoutGenerator.Web.Tests.Browser;

/// <summary>
/// How Debian's Chromium is started for the browser tests and the page-timing tool under bench/ (which links this
/// file). Playwright's own browser download is not reachable where the project is built, so Playwright drives the
/// system's <c>/usr/bin/chromium</c> (package <c>chromium</c>; <c>.ci/run</c> installs it where it is missing), or
/// the one <c>WORKOUTGEN_CHROMIUM</c> names. The flags keep Chromium off the network it cannot reach: without them
/// it retries Google's hosts at every start; the dashboard is always reached directly, never through a proxy.
/// </summary>
public static class ChromiumLaunch
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static string Executable =>
        Environment.GetEnvironmentVariable("WORKOUTGEN_CHROMIUM") is { Length: > 0 } fromEnvironment ? fromEnvironment : ExecutablePath;

    /// <summary>Playwright and a headless Chromium; the caller disposes both (browser first).</summary>
    /// <summary>Starts Chromium; <paramref name="extraArgs"/> add switches (a test's own host resolver rules).</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> StartAsync(params string[] extraArgs)
    {
        var executable = Executable;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"{executable}: Chromium is not installed; the browser tests need Debian's chromium package (sudo apt-get install chromium), which .ci/run installs.");
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args =
                [
                    "--no-sandbox", "--no-proxy-server", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", .. extraArgs,
                ],
            });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A fresh context (own cookies) with a fixed desktop viewport, locale and zone, so screenshots are comparable.</summary>
    public static async Task<IPage> NewPageAsync(IBrowser browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-GB",
            TimezoneId = "Europe/Amsterdam",
        });
        // The test command runs every test assembly at once on a 2-core machine, and a page's first render JIT-compiles
        // its code: Playwright's 30 s default was reached on a fresh clone under that load, so a page waits longer.
        context.SetDefaultNavigationTimeout(120_000);
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }
}
