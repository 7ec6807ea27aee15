using Microsoft.Data.Sqlite;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Web.Tests.Browser;

/// <summary>
/// A real runner's export from the shared data (a marathon block, a few hundred runs) imported through the API
/// into a temporary database, and the dashboard serving it on a free loopback port: once per test class. The clock
/// stands on the morning after the runner's last run, so "today", the next workout and a new plan follow on from
/// the history the way they would for the runner.
/// </summary>
public sealed class SharedRunnerDashboard : IAsyncLifetime
{
    /// <summary>The shared runner: 623 runs in 2023-2025, a first marathon, Boston 2025, a 55 km ultra.</summary>
    public const string Runner = "us-michaeldik";

    /// <summary>Where the runner ran (their Boston block); remembered in the database so days fall on their clock.</summary>
    public const string TimeZone = "America/New_York";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "workoutgen-browser-" + Guid.NewGuid().ToString("N")[..8]);
    private DashboardHost? _host;

    public string DatabasePath => Path.Combine(_folder, "runner.db");

    public static string ExportPath => TestData.StravaPath(Runner, "activities.csv");

    public TimeProvider Clock { get; private set; } = TimeProvider.System;

    public DashboardHost Host => _host ?? throw new InvalidOperationException("The dashboard has not started.");

    /// <summary>The address of <paramref name="path"/> on the dashboard.</summary>
    public string Url(string path) => new Uri(Host.Url, path).ToString();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        DateTimeOffset lastRun;
        using (var workspace = Workspace.Open(new WorkspaceOptions(DatabasePath, TimeProvider.System) { TimeZone = TimeZone }, WorkspaceAccess.Create))
        {
            var summary = workspace.Import.Run(ExportPath);
            Assert.True(summary.RunsImported > 300, $"{Runner} imported {summary.RunsImported} runs.");
            lastRun = workspace.Runs.List(new RunFilter(Last: 1)).Single().StartUtc;
        }

        Clock = new MovedClock(new DateTimeOffset(lastRun.UtcDateTime.Date.AddDays(1).AddHours(11), TimeSpan.Zero));
        _host = await DashboardHost.StartAsync(new DashboardOptions { DatabasePath = DatabasePath, Port = 0, Time = Clock });
    }

    /// <summary>The API on the dashboard's database and clock: the oracle a page is checked against.</summary>
    public Workspace Open() => Workspace.Open(new WorkspaceOptions(DatabasePath, Clock), WorkspaceAccess.Read);

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
