namespace WorkoutGenerator.Benchmarks;

/// <summary>Finds ../shared/data/strava above the repository, as the tests do.</summary>
internal static class DataFolder
{
    public static string Strava(params string[] parts)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("WORKOUTGEN_SHARED_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Path.Combine([fromEnvironment, "strava", .. parts]);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "strava");
            if (Directory.Exists(candidate))
            {
                return Path.Combine([candidate, .. parts]);
            }
        }

        throw new DirectoryNotFoundException("shared/data/strava was not found above the benchmark binary; set WORKOUTGEN_SHARED_DATA.");
    }
}
