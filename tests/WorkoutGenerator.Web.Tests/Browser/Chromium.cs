using Microsoft.Playwright;

namespace WorkoutGenerator.Web.Tests.Browser;

/// <summary>
/// One headless Chromium (see <see cref="ChromiumLaunch"/>) for every browser test. The browser tests share the
/// <see cref="ChromiumCollection"/>; the one that trains a model must sit in the libtorch collection instead and
/// takes this as a class fixture. Both hold the same browser, started by the first and closed by the last, so a
/// run starts one Chromium while their lifetimes overlap.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (IPlaywright Playwright, IBrowser Browser)? _shared;
    private static int _holders;

    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium has not started.");

    public async Task InitializeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            _shared ??= await ChromiumLaunch.StartAsync();
            _holders++;
            _browser = _shared.Value.Browser;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A page in a fresh context (its own cookies); closed with its context by <see cref="ClosePageAsync"/>.</summary>
    public Task<IPage> NewPageAsync() => ChromiumLaunch.NewPageAsync(Browser);

    public static async Task ClosePageAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Context.CloseAsync();
    }

    public async Task DisposeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_browser is null || --_holders > 0 || _shared is not { } started)
            {
                return;
            }

            _shared = null;
            await started.Browser.DisposeAsync();
            started.Playwright.Dispose();
        }
        finally
        {
            _browser = null;
            Gate.Release();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<Chromium>
{
    public const string Name = "Chromium";
}
