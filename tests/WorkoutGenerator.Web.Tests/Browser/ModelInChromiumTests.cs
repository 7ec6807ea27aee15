using Microsoft.Playwright;

namespace WorkoutGenerator.Web.Tests.Browser;

/// <summary>
/// Training from the model page in Chromium: its progress moves live and it can be cancelled. It trains with
/// libtorch, so it sits in the libtorch collection (never beside another test that trains) and holds the shared
/// Chromium as a class fixture.
/// </summary>
[Collection("libtorch")]
public sealed class ModelInChromiumTests(Chromium chromium, SharedRunnerDashboard dashboard) : IClassFixture<Chromium>, IClassFixture<SharedRunnerDashboard>
{
    private static readonly PageWaitForFunctionOptions Patience = new() { Timeout = 300_000, PollingInterval = 100 };

    [Fact]
    public async Task Should_show_training_progress_live_and_end_cancelled_when_cancelled()
    {
        // Given the model page on the shared runner, set to the smallest model the page offers, with room for many epochs
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(dashboard.Url("/model"));
        await page.GetByTestId("train-size").SelectOptionAsync("tiny");
        await page.GetByTestId("train-epochs").FillAsync("1000");
        await page.GetByTestId("train-ensemble").FillAsync("10");

        // When training is started and the page is left open
        var started = await page.RunAndWaitForResponseAsync(() => page.GetByTestId("train-start").ClickAsync(), r => r.Request.Method == "POST");
        await page.Locator("[data-testid='job'][data-state='running']").WaitForAsync();
        var first = await page.GetByTestId("job-status").InnerTextAsync();
        await page.EvaluateAsync("() => { window.stillTheSamePage = true; }");
        await page.WaitForFunctionAsync(
            "first => document.querySelector(\"[data-testid='job-status']\").textContent !== first && document.querySelector(\"[data-testid='job-log']\").textContent.length > 0",
            first, Patience);
        var live = await page.EvaluateAsync<bool>("() => window.stillTheSamePage === true");
        var moved = await page.GetByTestId("job-status").InnerTextAsync();

        // And then cancelled
        var cancelled = await page.RunAndWaitForResponseAsync(() => page.GetByTestId("job-cancel").ClickAsync(), r => r.Request.Method == "POST");
        await page.Locator("[data-testid='job'][data-state='cancelled']").WaitForAsync(new() { Timeout = 300_000 });

        // Then the progress moved on the open page (no reload), and the job ended cancelled with its bar saying so
        Assert.Equal(302, started.Status);
        Assert.True(live, "The page was reloaded instead of updated.");
        Assert.NotEqual(first, moved);
        Assert.Equal(302, cancelled.Status);
        Assert.Equal("cancelled", await page.GetByTestId("job-progress").GetAttributeAsync("data-state"));
        Assert.Equal(0, await page.GetByTestId("job-cancel").CountAsync());
        await Chromium.ClosePageAsync(page);
    }

    [Fact]
    public async Task Should_draw_the_back_test_run_from_the_page_against_the_stored_one()
    {
        // Given the model page on the shared runner, set to the quickest back-test it offers (tiny, one model, one
        // epoch, one refit a year)
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(dashboard.Url("/model"));
        await page.GetByTestId("evaluate-size").SelectOptionAsync("tiny");
        await page.GetByTestId("evaluate-epochs").FillAsync("1");
        await page.GetByTestId("evaluate-ensemble").FillAsync("1");
        await page.GetByTestId("evaluate-fold-days").FillAsync("365");

        // When it is run and has ended
        await page.GetByTestId("evaluate-start").ClickAsync();
        await page.Locator("[data-testid='job'][data-state='done']").WaitForAsync(new() { Timeout = 600_000 });

        // Then the chart draws the actual pace, the Transformer's and the best baseline's for each stored test run,
        // and the table has a row per model the back-test scored
        using var workspace = dashboard.Open();
        var overview = workspace.ModelOverview.Run();
        var backTest = overview.BackTest!;
        var series = await page.Locator("svg#backtest-chart g.series").EvaluateAllAsync<string[]>(
            "groups => groups.filter(g => g.getBoundingClientRect().width > 0).map(g => g.getAttribute('data-series') + ' ' + g.querySelectorAll('circle.point').length)");
        Assert.NotEmpty(overview.Points);
        Assert.Equal(
            [$"actual {overview.Points.Count}", $"transformer {overview.Points.Count(p => p.TransformerSecondsPerKm is not null)}", $"baseline {overview.Points.Count(p => p.BestBaselineSecondsPerKm is not null)}"],
            series);
        Assert.Equal(backTest.Models.Select(m => m.Name), await page.Locator("[data-testid='mae-table'] tbody tr").EvaluateAllAsync<string[]>(
            "rows => rows.map(r => r.getAttribute('data-model'))"));
        Assert.Equal(backTest.TransformerBeatsBestBaseline is true ? "true" : "false", await page.GetByTestId("model-verdict").GetAttributeAsync("data-beats"));
        await Screenshots.SaveAsync(page, "model");
        await Chromium.ClosePageAsync(page);
    }
}
