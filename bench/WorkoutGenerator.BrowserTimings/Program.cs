using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using WorkoutGenerator.BrowserTimings;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Testing;
using WorkoutGenerator.Web;
using WorkoutGenerator.Web.Tests.Browser;

// When each dashboard page has drawn its first chart in Chromium, on a shared runner's history (with a 16-week
// marathon plan made through the API, so the plan's calendar is there):
//   dotnet run -c Release --project bench/WorkoutGenerator.BrowserTimings -- [--runner us-michaeldik] [--loads 20]
// or on the demo athlete's 5,000+ runs over twenty years that the dashboard's benchmarks use:
//   dotnet run -c Release --project bench/WorkoutGenerator.BrowserTimings -- --runner five-thousand
// Each load is a fresh browser context (nothing cached), after two loads that warm the server up.
var runner = Option("--runner") ?? "us-michaeldik";
var loads = int.Parse(Option("--loads") ?? "20", CultureInfo.InvariantCulture);
string[] pages = ["/", "/runs", "/model", "/plan", "/import"];

const string FiveThousand = "five-thousand";
string folder, database;
TimeProvider clock;
if (runner == FiveThousand)
{
    (folder, database) = WorkoutGenerator.Benchmarks.FiveThousandRuns.Create();
    clock = TimeProvider.System;
}
else
{
    folder = Directory.CreateTempSubdirectory("workoutgen-timings-").FullName;
    database = Path.Combine(folder, "runner.db");
    clock = Prepare(database, TestData.StravaPath(runner));
}

try
{
    var (runs, weeks) = Count(database, clock);
    await using var host = await DashboardHost.StartAsync(new DashboardOptions { DatabasePath = database, Port = 0, Time = clock });
    var (playwright, browser) = await ChromiumLaunch.StartAsync();
    try
    {
        Console.WriteLine($"{runner}: {runs} runs, {weeks} weeks; Chromium {browser.Version}; {Environment.ProcessorCount} cores, load average {LoadAverage()}; {loads} loads a page (median / slowest)");
        Console.WriteLine();
        Console.WriteLine(PageTimings.Header);
        foreach (var path in pages)
        {
            var url = new Uri(host.Url, path).ToString();
            for (var warmUp = 0; warmUp < 2; warmUp++)
            {
                await LoadAsync(browser, url);
            }

            var timings = new List<PageTiming>();
            for (var i = 0; i < loads; i++)
            {
                timings.Add(await LoadAsync(browser, url));
            }

            Console.WriteLine(PageTimings.Row(path, timings));
        }
    }
    finally
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

string? Option(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

static (int Runs, int Weeks) Count(string database, TimeProvider clock)
{
    using var workspace = Workspace.Open(new WorkspaceOptions(database, clock), WorkspaceAccess.Read);
    return (workspace.Runs.Count(), workspace.Weeks.List().Count);
}

// The runner's export imported, the clock on the morning after the last run, a marathon 16 weeks later planned.
static TimeProvider Prepare(string database, string export)
{
    DateTimeOffset last;
    using (var workspace = Workspace.Open(new WorkspaceOptions(database, TimeProvider.System), WorkspaceAccess.Create))
    {
        workspace.Import.Run(export);
        last = workspace.Runs.List(new RunFilter(Last: 1)).Single().StartUtc;
    }

    var clock = new FakeTimeProvider(new DateTimeOffset(last.UtcDateTime.Date.AddDays(1).AddHours(11), TimeSpan.Zero));
    using (var workspace = Workspace.Open(new WorkspaceOptions(database, clock), WorkspaceAccess.Write))
    {
        workspace.Plan.Run(new PlanRequest(workspace.Today.AddDays(16 * 7)));
    }

    return clock;
}

// The figures depend on what else the computer is doing: the 1-minute load average says how busy it was (Linux).
static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

static async Task<PageTiming> LoadAsync(IBrowser browser, string url)
{
    var page = await ChromiumLaunch.NewPageAsync(browser);
    try
    {
        await page.Context.AddInitScriptAsync(PaintProbe.InitScript);
        var response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (response is not { Status: 200 })
        {
            throw new InvalidOperationException($"{url} answered {response?.Status}.");
        }

        var read = await page.EvaluateAsync<JsonElement>(PaintProbe.Read);
        var chart = read.GetProperty("chart").GetDouble();
        return new PageTiming(
            read.GetProperty("response").GetDouble(), read.GetProperty("contentLoaded").GetDouble(), read.GetProperty("firstPaint").GetDouble(),
            chart < 0 ? null : chart, read.GetProperty("chartId").GetString() ?? string.Empty);
    }
    finally
    {
        await page.Context.CloseAsync();
    }
}
