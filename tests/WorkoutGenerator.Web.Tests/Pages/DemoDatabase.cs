using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Web.Tests.Hosting;

namespace WorkoutGenerator.Web.Tests.Pages;

/// <summary>
/// The demo athlete's two years imported once into a database on a fixed clock (2026-06-01), shared read-only by
/// the page tests; a test that stores something takes its own copy with <see cref="Copy"/>.
/// </summary>
public sealed class DemoDatabase : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 5, 0, 0, TimeSpan.Zero);

    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "workoutgen-web-demo-" + Guid.NewGuid().ToString("N")[..8]);

    public DemoDatabase()
    {
        new DemoUseCase(new FakeTimeProvider(Now)).Import(new DemoRequest(42, _folder));
        Path = System.IO.Path.Combine(_folder, "demo.db");
    }

    public string Path { get; }

    public static TimeProvider Clock() => new FakeTimeProvider(Now);

    /// <summary>The dashboard on this database (or a copy of it), on the fixed clock.</summary>
    public Task<RunningDashboard> StartAsync(string? path = null) =>
        RunningDashboard.StartAsync(new DashboardOptions { DatabasePath = path ?? Path, Port = 0, Time = Clock() });

    /// <summary>The API on this database, as the oracle a page is checked against.</summary>
    public Workspace Open(string? path = null) => Workspace.Open(new WorkspaceOptions(path ?? Path, Clock()), WorkspaceAccess.Read);

    /// <summary>A writable copy of the database (with its write-ahead log, if any) for a test that stores a plan.</summary>
    public string Copy()
    {
        var copy = System.IO.Path.Combine(_folder, "copy-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(_folder, "demo.db*"))
        {
            File.Copy(file, System.IO.Path.Combine(copy, System.IO.Path.GetFileName(file)));
        }

        return System.IO.Path.Combine(copy, "demo.db");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DemoDatabaseCollection : ICollectionFixture<DemoDatabase>
{
    public const string Name = "demo database";
}
