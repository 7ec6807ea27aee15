using System.Net;
using Microsoft.Data.Sqlite;
using WorkoutGenerator.Services.Application;

namespace WorkoutGenerator.Web.Tests.Pages;

/// <summary>Every page answers every view: empty filters, extreme pages, an empty database, damaged rows; never a 500.</summary>
[Collection(DemoDatabaseCollection.Name)]
public sealed class EveryViewTests(DemoDatabase demo)
{
    [Theory]
    [InlineData("/runs?from=2030-01-01")]
    [InlineData("/runs?from=2026-05-01&to=2025-01-01")]
    [InlineData("/runs?type=unknown")]
    [InlineData("/runs?type=race&from=2026-05-30&to=2026-05-30")]
    public async Task Should_say_nothing_is_here_yet_for_a_filter_that_keeps_no_run(string view)
    {
        // Given the demo athlete
        await using var dashboard = await demo.StartAsync();

        // When a view that keeps no run is asked for
        using var response = await dashboard.Client.GetAsync(view);

        // Then the page says so with a link to every run, and draws no table or chart
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"no-runs\"", html, StringComparison.Ordinal);
        Assert.Contains("Nothing here yet", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/runs\">Show every run</a>", html, StringComparison.Ordinal);
        Assert.Contains("data-count=\"0\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("runs-table", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2147483647")]
    [InlineData("99")]
    public async Task Should_show_the_last_page_for_a_page_past_it(string page)
    {
        // Given the demo athlete's runs, several pages of them
        await using var dashboard = await demo.StartAsync();
        using var workspace = demo.Open();
        var count = workspace.Runs.Count();
        var pages = (count + 99) / 100;

        // When a page far past the last is asked for
        using var response = await dashboard.Client.GetAsync("/runs?page=" + page);

        // Then the last page is shown, numbered as the last, with a link back and none forward
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"page {pages} of {pages}", html, StringComparison.Ordinal);
        Assert.Contains($"page={pages - 1}\" rel=\"prev\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/runs")]
    [InlineData("/runs?type=easy&page=2147483647")]
    [InlineData("/plan")]
    [InlineData("/model")]
    public async Task Should_answer_every_page_of_an_empty_database_with_a_link_to_import(string path)
    {
        // Given a database that holds nothing yet
        var folder = Directory.CreateTempSubdirectory("workoutgen-empty-").FullName;
        var database = Path.Combine(folder, "empty.db");
        Workspace.Open(new WorkspaceOptions(database, DemoDatabase.Clock()), WorkspaceAccess.Create).Dispose();
        await using var dashboard = await demo.StartAsync(database);

        // When the page is asked for
        using var response = await dashboard.Client.GetAsync(path);

        // Then it is a page, never an error
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        if (path.StartsWith("/runs", StringComparison.Ordinal) || path == "/")
        {
            Assert.Contains("No runs in this database yet", html, StringComparison.Ordinal);
            Assert.Contains("href=\"/import\"", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/runs")]
    public async Task Should_report_a_damaged_row_and_leave_it_out_of_the_page(string path)
    {
        // Given a copy of the demo athlete with one run's distance 0 and another's 1e308 (both pass the table's CHECK)
        var copy = demo.Copy();
        int before;
        using (var workspace = demo.Open(copy))
        {
            before = workspace.Runs.Count();
        }

        Damage(copy, "UPDATE runs SET distance_m = 0 WHERE rowid = (SELECT min(rowid) FROM runs)", "UPDATE runs SET distance_m = 1e308 WHERE rowid = (SELECT max(rowid) FROM runs)");
        await using var dashboard = await demo.StartAsync(copy);

        // When the page is asked for
        using var response = await dashboard.Client.GetAsync(path);

        // Then it is served, names both rows and what is wrong, and counts only the usable runs
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var notice = PageHtml.Part(html, "div", "damaged-runs");
        Assert.Contains("a run of 0 m is too short to train on (under 100 m)", notice, StringComparison.Ordinal);
        Assert.Contains("is longer than any one activity (over 500 km)", notice, StringComparison.Ordinal);
        if (path == "/runs")
        {
            Assert.Contains($"data-count=\"{before - 2}\"", html, StringComparison.Ordinal);
        }
    }

    internal static void Damage(string database, params string[] statements)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        foreach (var statement in statements)
        {
            using var command = connection.CreateCommand();
            command.CommandText = statement;
            Assert.Equal(1, command.ExecuteNonQuery());
        }
    }
}
