using System.Text.Json;
using Microsoft.Playwright;
using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Web.Tests.Browser;

/// <summary>Every page in Chromium on a real runner's history: the navigation bar, and the charts as drawn.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class PagesInChromiumTests(Chromium chromium, SharedRunnerDashboard dashboard) : IClassFixture<SharedRunnerDashboard>
{
    private static readonly string[] NavigationBar = ["Overview", "Runs", "Model", "Plan", "Import"];

    [Theory]
    [InlineData("/", "overview")]
    [InlineData("/runs", "runs")]
    [InlineData("/model", "model")]
    [InlineData("/plan", "plan")]
    [InlineData("/import", "import")]
    public async Task Should_render_each_page_with_the_navigation_bar_marking_it(string path, string name)
    {
        // Given the shared runner's dashboard in Chromium
        var page = await chromium.NewPageAsync();

        // When the page is opened
        var response = await page.GotoAsync(dashboard.Url(path));

        // Then it is served whole, with every page in the bar and this one marked as the current one
        Assert.Equal(200, response!.Status);
        Assert.Equal(NavigationBar, await page.Locator("header.top nav a").AllInnerTextsAsync());
        Assert.Equal(name, await page.Locator("body").GetAttributeAsync("data-page"));
        Assert.Equal("page", await page.GetByTestId("nav-" + name).GetAttributeAsync("aria-current"));
        Assert.Equal(1, await page.Locator("header.top nav a[aria-current='page']").CountAsync());
        Assert.True(await page.Locator("main h1").IsVisibleAsync());
        await Chromium.ClosePageAsync(page);
    }

    [Fact]
    public async Task Should_reach_every_page_by_clicking_the_navigation_bar()
    {
        // Given the overview in Chromium
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(dashboard.Url("/"));
        var reached = new List<string?>();

        // When each link of the bar is clicked in turn
        foreach (var name in NavigationBar)
        {
            // Marks the page it leaves, then polls until a new document at the link's address is shown. No load event
            // is awaited: on a loaded machine a wait for one could begin after the event and time out, and the link
            // to the page already shown (the overview) would otherwise count before its new document replaced it.
            var link = page.GetByTestId("nav-" + name.ToLowerInvariant());
            var target = await link.GetAttributeAsync("href");
            await page.EvaluateAsync("() => { window.leftBehind = true; }");
            await link.ClickAsync();
            await page.WaitForFunctionAsync("target => window.leftBehind === undefined && location.pathname === target && document.body !== null", target);
            reached.Add(await page.Locator("body").GetAttributeAsync("data-page"));
        }

        // Then each click lands on its page
        Assert.Equal(NavigationBar.Select(n => n.ToLowerInvariant()), reached);
        await Chromium.ClosePageAsync(page);
    }

    [Fact]
    public async Task Should_draw_a_bar_for_each_week_the_api_counts_on_the_overview()
    {
        // Given the runner's weeks as the API counts them (Monday to Sunday, empty weeks between runs kept)
        IReadOnlyList<WeekVolume> weeks;
        using (var workspace = dashboard.Open())
        {
            weeks = workspace.Weeks.List();
        }

        var page = await chromium.NewPageAsync();

        // When the overview is drawn in Chromium
        await page.GotoAsync(dashboard.Url("/"));
        var recent = await DrawnBarsAsync(page, "volume-recent");
        var all = await DrawnBarsAsync(page, "volume-all");

        // Then the recent chart draws the last 26 of them and the other one every week, each bar on its own Monday
        Assert.True(weeks.Count > 26, $"{SharedRunnerDashboard.Runner} has {weeks.Count} weeks.");
        Assert.Equal(weeks.TakeLast(26).Select(Monday), recent);
        Assert.Equal(weeks.Select(Monday), all);
        await Screenshots.SaveAsync(page, "overview");
        await Chromium.ClosePageAsync(page);
    }

    [Fact]
    public async Task Should_draw_one_pace_line_per_workout_type_present_on_the_runs_page()
    {
        // Given the workout types of the runner's stored runs
        IReadOnlyList<string> types;
        using (var workspace = dashboard.Open())
        {
            types = workspace.Runs.List().Select(run => run.WorkoutType).Distinct().Order().Select(type => type.Code()).ToList();
        }

        var page = await chromium.NewPageAsync();

        // When the runs page is drawn in Chromium
        await page.GotoAsync(dashboard.Url("/runs"));
        var drawn = await page.Locator("svg#pace-by-type g.series").EvaluateAllAsync<JsonElement>(
            """
            groups => groups.map(g => ({
                type: g.getAttribute("data-series"),
                points: g.querySelectorAll("circle.point").length,
                width: g.getBoundingClientRect().width,
                height: g.getBoundingClientRect().height }))
            """);
        var series = drawn.EnumerateArray().Select(s => new SeriesDrawn(
            s.GetProperty("type").GetString()!, s.GetProperty("points").GetInt32(), s.GetProperty("width").GetDouble(), s.GetProperty("height").GetDouble())).ToList();

        // Then there is one series per type, in the chart's order, each with its points on screen
        Assert.True(types.Count > 1, $"{SharedRunnerDashboard.Runner} has runs of {types.Count} type(s).");
        Assert.Equal(types, series.Select(s => s.Type));
        Assert.All(series, s => Assert.True(s.Points > 0 && s.Width + s.Height > 0, $"The {s.Type} series is not drawn."));
        Assert.True(await page.Locator("svg#pace-by-type").IsVisibleAsync());
        await Screenshots.SaveAsync(page, "runs");
        await Chromium.ClosePageAsync(page);
    }

    private static string Monday(WeekVolume week) => week.WeekStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The week of each bar Chromium lays out with a width (a bar of an empty week is drawn flat, so only its width counts).</summary>
    private static async Task<IReadOnlyList<string>> DrawnBarsAsync(IPage page, string chart)
    {
        var svg = page.Locator($"svg#{chart}");
        Assert.True(await svg.IsVisibleAsync(), $"The chart {chart} is not on screen.");
        return await svg.Locator("rect.bar").EvaluateAllAsync<string[]>(
            "bars => bars.filter(b => b.getBoundingClientRect().width > 0).map(b => b.getAttribute('data-week'))");
    }

    private sealed record SeriesDrawn(string Type, int Points, double Width, double Height);
}
