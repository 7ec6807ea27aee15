using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Demo;

namespace WorkoutGenerator.Benchmarks;

/// <summary>
/// A database of 5,000+ runs for the dashboard's benchmarks: the demo athlete's generator over twenty years
/// (<see cref="DemoAthlete.MaxWeeks"/>), its activities.csv imported through the API, and a stored marathon plan.
/// </summary>
internal static class FiveThousandRuns
{
    public const int MinimumRuns = 5_000;

    public static (string Folder, string Database) Create()
    {
        var folder = Directory.CreateTempSubdirectory("workoutgen-bench-web-").FullName;
        var lastDay = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var activities = DemoAthlete.Generate(new DemoAthleteOptions { Seed = 42, LastDay = lastDay, Weeks = DemoAthlete.MaxWeeks });
        var csv = Path.Combine(folder, "activities.csv");
        using (var writer = new StreamWriter(csv))
        {
            DemoAthlete.WriteCsv(writer, activities);
        }

        var database = Path.Combine(folder, "bench.db");
        using var workspace = Workspace.Open(new WorkspaceOptions(database, TimeProvider.System), WorkspaceAccess.Create);
        workspace.Import.Run(csv);
        var runs = workspace.Runs.Count();
        if (runs < MinimumRuns)
        {
            throw new InvalidOperationException($"The generated history has {runs} runs, fewer than {MinimumRuns}.");
        }

        workspace.Plan.Run(new PlanRequest(DemoUseCase.RaceDay(workspace.Today)));
        Console.WriteLine($"// {runs} runs in the benchmark's database");
        return (folder, database);
    }

    public static void Delete(string folder)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
