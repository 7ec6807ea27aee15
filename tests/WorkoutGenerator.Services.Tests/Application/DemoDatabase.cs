using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Demo;

namespace WorkoutGenerator.Services.Tests.Application;

/// <summary>
/// The demo athlete's last 30 weeks written as a Strava export and imported into a real SQLite file in a temp
/// folder, once per test class; the clock reads the morning after the last run.
/// </summary>
public sealed class DemoDatabase : IDisposable
{
    public static readonly DateOnly LastDay = new(2025, 3, 2);

    public DemoDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("workoutgen-workspace-").FullName;
        ExportPath = DemoAthlete.WriteExport(Path.Combine(Folder, "export"), new DemoAthleteOptions { LastDay = LastDay, Weeks = 30 });
        DatabasePath = Path.Combine(Folder, "runner.db");
        using var workspace = Open(WorkspaceAccess.Create);
        Summary = workspace.Import.Run(ExportPath);
    }

    public string Folder { get; }

    public string ExportPath { get; }

    public string DatabasePath { get; }

    public Services.Importing.ImportSummary Summary { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 3, 6, 0, 0, TimeSpan.Zero));

    public Workspace Open(WorkspaceAccess access, string? timeZone = null) =>
        Workspace.Open(new WorkspaceOptions(DatabasePath, Time) { TimeZone = timeZone }, access);

    /// <summary>A copy of the database in its own folder, for a test that writes (a plan, a model).</summary>
    public Workspace OpenCopy(string folder, WorkspaceAccess access = WorkspaceAccess.Write)
    {
        var copy = Path.Combine(folder, "copy.db");
        File.Copy(DatabasePath, copy);
        return Workspace.Open(new WorkspaceOptions(copy, Time), access);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
