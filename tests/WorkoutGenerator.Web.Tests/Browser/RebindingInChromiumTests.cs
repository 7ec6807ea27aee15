
namespace WorkoutGenerator.Web.Tests.Browser;

/// <summary>
/// DNS rebinding as Chromium meets it: a Chromium whose resolver maps another site's name to 127.0.0.1 (what a
/// rebinding attacker's DNS does) opens the dashboard's port under that name. The dashboard must answer nothing.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class RebindingInChromiumTests(SharedRunnerDashboard dashboard) : IClassFixture<SharedRunnerDashboard>
{
    private const string Foreign = "rebound.example";

    [Theory]
    [InlineData("/")]
    [InlineData("/plan")]
    [InlineData("/model")]
    public async Task Should_refuse_a_page_opened_under_a_foreign_name_that_resolves_to_the_loopback(string path)
    {
        // Given a Chromium whose DNS sends rebound.example to 127.0.0.1
        var (playwright, browser) = await ChromiumLaunch.StartAsync($"--host-resolver-rules=MAP {Foreign} 127.0.0.1");
        try
        {
            var page = await ChromiumLaunch.NewPageAsync(browser);
            var port = Assert.Single(dashboard.Host.Endpoints).Port;

            // When it opens the dashboard's page under that name
            var response = await page.GotoAsync($"http://{Foreign}:{port}{path}");

            // Then the dashboard refuses it: no page, no form, no antiforgery token to steal
            Assert.Equal(400, response!.Status);
            Assert.Contains("answers only its own address", await page.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator("input[name='__antiforgery']").CountAsync());
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Should_refuse_a_form_posted_under_a_foreign_name_with_or_without_a_valid_token(bool withToken)
    {
        // Given a Chromium whose DNS sends rebound.example to 127.0.0.1, holding a real token from the dashboard's own page
        var (playwright, browser) = await ChromiumLaunch.StartAsync($"--host-resolver-rules=MAP {Foreign} 127.0.0.1");
        try
        {
            var page = await ChromiumLaunch.NewPageAsync(browser);
            var port = Assert.Single(dashboard.Host.Endpoints).Port;
            await page.GotoAsync(dashboard.Url("/model"));
            var token = await page.Locator("#train-form input[name='__antiforgery']").GetAttributeAsync("value");

            // When a page of the foreign site (its origin: rebound.example) posts the train form to its own origin, which is the dashboard
            await page.GotoAsync($"http://{Foreign}:{port}/");
            var status = await page.EvaluateAsync<int>(
                "async ([token, withToken]) => { const form = new URLSearchParams({ size: 'tiny' }); if (withToken) form.set('__antiforgery', token); return (await fetch('/model/train', { method: 'POST', body: form, redirect: 'manual' })).status; }",
                new object[] { token!, withToken });

            // Then it is refused, and the dashboard started no job
            Assert.Equal(400, status);
            await page.GotoAsync(dashboard.Url("/model"));
            Assert.Equal(0, await page.Locator("[data-testid='job-progress'][data-state='running']").CountAsync());
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
