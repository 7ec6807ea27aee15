using System.Globalization;
using System.Net;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Services.Application;

namespace WorkoutGenerator.Web.Tests.Pages;

[Collection(DemoDatabaseCollection.Name)]
public sealed class RunsPageTests(DemoDatabase demo)
{
    [Fact]
    public async Task Should_list_the_newest_runs_first_a_page_at_a_time()
    {
        // Given the demo athlete's runs
        await using var dashboard = await demo.StartAsync();
        using var workspace = demo.Open();
        var runs = workspace.Runs.List();

        // When the runs page is served
        var html = await dashboard.Client.GetStringAsync("/runs");

        // Then it counts them all and shows the newest 100, newest first
        Assert.Contains($"data-count=\"{runs.Count}\"", html, StringComparison.Ordinal);
        var ids = PageHtml.Values(PageHtml.Part(html, "table", "runs-table"), "data-run-id");
        Assert.Equal(runs.OrderByDescending(r => r.StartUtc).Take(100).Select(r => r.Id), ids);
        Assert.Contains("href=\"/runs?sort=date&amp;dir=desc&amp;page=2\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("distance", "desc")]
    [InlineData("distance", "asc")]
    [InlineData("pace", "asc")]
    [InlineData("time", "desc")]
    public async Task Should_sort_on_the_server_by_the_column_in_the_query(string sort, string dir)
    {
        // Given the demo athlete's runs
        await using var dashboard = await demo.StartAsync();
        using var workspace = demo.Open();
        var runs = workspace.Runs.List();
        Func<Run, double> key = sort switch
        {
            "distance" => r => r.Distance.Meters,
            "pace" => r => r.Pace.SecondsPerMeter,
            _ => r => r.MovingTime.TotalSeconds,
        };
        var expected = (dir == "desc" ? runs.OrderByDescending(key) : runs.OrderBy(key)).Take(100).Select(key).ToList();

        // When the runs are asked for sorted by that column
        var html = await dashboard.Client.GetStringAsync($"/runs?sort={sort}&dir={dir}");

        // Then the first page holds the runs in that order, and the column says it is sorted
        var byId = runs.ToDictionary(r => r.Id);
        var shown = PageHtml.Values(PageHtml.Part(html, "table", "runs-table"), "data-run-id").Select(id => key(byId[id])).ToList();
        Assert.Equal(expected, shown);
        Assert.Contains($"aria-sort=\"{(dir == "desc" ? "descending" : "ascending")}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_filter_by_type_and_dates_through_the_api()
    {
        // Given the long runs of the demo athlete's last year
        await using var dashboard = await demo.StartAsync();
        using var workspace = demo.Open();
        var filter = new RunFilter(From: new DateOnly(2025, 6, 1), To: new DateOnly(2026, 5, 31), Type: WorkoutType.Long);
        var expected = workspace.Runs.List(filter);

        // When the runs page is asked for them
        var html = await dashboard.Client.GetStringAsync("/runs?type=long&from=2025-06-01&to=2026-05-31");

        // Then exactly those are listed, and the chart holds one point per run in one series
        Assert.NotEmpty(expected);
        var table = PageHtml.Part(html, "table", "runs-table");
        Assert.Equal(expected.Select(r => r.Id).Order(StringComparer.Ordinal), PageHtml.Values(table, "data-run-id").Order(StringComparer.Ordinal));
        Assert.All(PageHtml.Values(table, "data-type"), type => Assert.Equal("long", type));
        var chart = PageHtml.Svg(html, "pace-by-type");
        var series = Assert.Single(chart.Named("g"), g => (string?)g.Attribute("class") == "series");
        Assert.Equal("long", (string?)series.Attribute("data-series"));
        Assert.Equal(expected.Count, series.Named("circle").Count());
    }

    [Fact]
    public async Task Should_draw_a_pace_series_per_workout_type()
    {
        // Given the demo athlete's runs of several types
        await using var dashboard = await demo.StartAsync();
        using var workspace = demo.Open();
        var types = workspace.Runs.List().Select(r => r.WorkoutType).Distinct().Order().Select(t => t.Code()).ToList();

        // When the runs page is served
        var chart = PageHtml.Svg(await dashboard.Client.GetStringAsync("/runs"), "pace-by-type");

        // Then each type is a series
        var series = chart.Named("g").Where(g => (string?)g.Attribute("class") == "series").Select(g => (string)g.Attribute("data-series")!).ToList();
        Assert.Equal(types, series);
        Assert.True(types.Count >= 4);
    }

    [Theory]
    [InlineData("sort=speed", "sort: must be one of date, name, type, distance, time, pace, climb, hr, source, not &quot;speed&quot;.")]
    [InlineData("dir=up", "dir: must be asc or desc, not &quot;up&quot;.")]
    [InlineData("type=jog", "type: must be one of unknown, easy, long, tempo, interval, race, recovery, not &quot;jog&quot;.")]
    [InlineData("from=01/06/2025", "from: must be a date as yyyy-MM-dd, not &quot;01/06/2025&quot;.")]
    [InlineData("page=0", "page: must be a whole number from 1 to 2147483647, not &quot;0&quot;.")]
    public async Task Should_refuse_a_query_it_cannot_read_naming_the_parameter(string query, string message)
    {
        // Given the runs page
        await using var dashboard = await demo.StartAsync();

        // When it is asked with a value it cannot read
        using var response = await dashboard.Client.GetAsync("/runs?" + query);

        // Then the answer is 400 saying which parameter and why
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_link_the_current_column_to_the_other_direction()
    {
        // Given runs sorted by distance, largest first
        await using var dashboard = await demo.StartAsync();

        // When the page is served
        var html = await dashboard.Client.GetStringAsync("/runs?sort=distance&dir=desc&type=easy");

        // Then the distance header turns the order round and keeps the filter
        Assert.Contains("<a href=\"/runs?type=easy&amp;sort=distance&amp;dir=asc\" aria-sort=\"descending\">Distance</a>", html, StringComparison.Ordinal);
        Assert.Equal(string.Empty, string.Concat(PageHtml.Values(html, "style")));
        Assert.True(int.Parse(PageHtml.Values(html, "data-count")[0], CultureInfo.InvariantCulture) > 0);
    }
}
