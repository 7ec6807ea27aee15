namespace WorkoutGenerator.Testing;

/// <summary>
/// Finds the real runners' data that lives beside the repository (../shared/data/strava), read-only.
/// It searches upward from the test binary so that clones, worktrees and CI's copy all find it.
/// </summary>
internal static class TestData
{
    private static readonly Lazy<string> StravaRoot = new(FindStravaRoot);

    public static string Strava => StravaRoot.Value;

    public static string StravaPath(params string[] parts) => Path.Combine([Strava, .. parts]);

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "WorkoutGenerator.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException($"No WorkoutGenerator.sln above {AppContext.BaseDirectory}.");
        }
    }

    private static string FindStravaRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("WORKOUTGEN_SHARED_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Path.Combine(fromEnvironment, "strava");
        }

        for (var dir = new DirectoryInfo(RepositoryRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "strava");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"The real runners' data (shared/data/strava) was not found above {RepositoryRoot}; set WORKOUTGEN_SHARED_DATA to its data folder.");
    }
}
