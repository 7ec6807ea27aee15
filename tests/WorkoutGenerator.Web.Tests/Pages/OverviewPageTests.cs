using System.Net;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Web.Tests.Hosting;

namespace WorkoutGenerator.Web.Tests.Pages;

[Collection(DemoDatabaseCollection.Name)]
public sealed class OverviewPageTests(DemoDatabase demo)
{
    [Fact]
    public async Task Should_draw_a_bar_for_each_of_the_last_26_weeks_and_for_every_week()
    {
        // Given the demo athlete's two years
        await using var dashboard = await demo.StartAsync();
        using var workspace = demo.Open();
        var all = workspace.Weeks.List();

        // When the overview is served
        var html = await dashboard.Client.GetStringAsync("/");

        // Then the recent chart has 26 bars keyed by the last 26 Mondays, and the other one every week
        var recent = PageHtml.Svg(html, "volume-recent");
        Assert.Equal("26", (string?)recent.Attribute("data-weeks"));
        Assert.Equal(all.TakeLast(26).Select(w => w.WeekStart.ToString("yyyy-MM-dd")), recent.Named("rect").Select(r => (string?)r.Attribute("data-week")).OfType<string>());
        var everything = PageHtml.Svg(html, "volume-all");
        Assert.True(all.Count > 90);
        Assert.Equal(all.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)everything.Attribute("data-weeks"));
        Assert.Equal(all.Count, everything.Named("rect").Count(r => r.Attribute("data-week") is not null));
    }

    [Fact]
    public async Task Should_mark_the_weeks_with_a_long_run_and_draw_the_ratio_where_it_is_known()
    {
        // Given the demo athlete's weeks, some with long runs
        await using var dashboard = await demo.StartAsync();
        using var workspace = demo.Open();
        var recent = workspace.Weeks.List(26);

        // When the overview is served
        var svg = PageHtml.Svg(await dashboard.Client.GetStringAsync("/"), "volume-recent");

        // Then exactly those weeks carry a marker, and the ratio line has a point per week that has a ratio
        var marked = svg.Named("circle").Where(c => (string?)c.Attribute("class") == "marker").Select(c => (string?)c.Attribute("data-week")).ToList();
        Assert.Equal(recent.Where(w => w.LongRuns > 0).Select(w => w.WeekStart.ToString("yyyy-MM-dd")), marked);
        Assert.NotEmpty(marked);
        var ratio = svg.Named("g").Single(g => (string?)g.Attribute("class") == "acwr");
        Assert.Equal(recent.Count(w => w.AcuteChronicRatio is not null).ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)ratio.Attribute("data-points"));
    }

    [Fact]
    public async Task Should_show_the_next_workout_and_the_last_ten_runs_newest_first()
    {
        // Given the demo athlete
        await using var dashboard = await demo.StartAsync();
        using var workspace = demo.Open();
        var next = workspace.Next.Run();
        var last = workspace.Runs.List(new RunFilter(Last: 10));

        // When the overview is served
        var html = await dashboard.Client.GetStringAsync("/");

        // Then the card is the API's next workout, and the table its last runs
        var card = PageHtml.Part(html, "section", "next-workout");
        Assert.Contains($"data-type=\"{next.Workout.Type.Code()}\"", card, StringComparison.Ordinal);
        Assert.Contains($"data-date=\"{next.Workout.Date:yyyy-MM-dd}\"", card, StringComparison.Ordinal);
        Assert.Contains(next.Workout.TargetPace.Format(Domain.Units.DistanceUnit.Kilometer), card, StringComparison.Ordinal);
        var table = PageHtml.Part(html, "table", "last-runs");
        Assert.Equal(last.Reverse().Select(r => r.Id), PageHtml.Values(table, "data-run-id"));
    }

    [Fact]
    public async Task Should_show_paces_and_distances_in_miles_once_chosen()
    {
        // Given a runner who chose miles
        await using var dashboard = await demo.StartAsync();
        var token = await dashboard.FormTokenAsync("/");
        using var chosen = await dashboard.PostAsync("/units", ("__antiforgery", token), ("units", "mi"), ("back", "/"));

        // When the overview is served again
        var html = await dashboard.Client.GetStringAsync("/");

        // Then the card and the charts speak miles
        Assert.Contains("/mi", PageHtml.Part(html, "section", "next-workout"), StringComparison.Ordinal);
        Assert.DoesNotContain("/km", PageHtml.Part(html, "section", "next-workout"), StringComparison.Ordinal);
        Assert.Contains(">mi</text>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_invite_an_import_when_the_database_has_no_runs()
    {
        // Given a database with no runs yet
        var path = Path.Combine(Path.GetTempPath(), "workoutgen-web-empty-" + Guid.NewGuid().ToString("N")[..8], "empty.db");
        Workspace.Open(new WorkspaceOptions(path, DemoDatabase.Clock()), WorkspaceAccess.Create).Dispose();
        await using var dashboard = await demo.StartAsync(path);

        // When the overview is served
        using var response = await dashboard.Client.GetAsync("/");

        // Then it says so and links to the import page
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"no-runs\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/import\">import a Strava export</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_say_there_is_no_database_as_a_400_page()
    {
        // Given a dashboard on a path where no database exists
        await using var dashboard = await RunningDashboard.StartAsync();

        // When the overview is served
        using var response = await dashboard.Client.GetAsync("/");

        // Then the runner reads why, in the layout
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("no database at", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"error-message\"", html, StringComparison.Ordinal);
    }
}
