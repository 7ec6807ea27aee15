using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Import.Strava;
using WorkoutGenerator.Testing;
using WorkoutGenerator.Import.ActivityFiles;

namespace WorkoutGenerator.Import.Tests.ActivityFiles;

/// <summary>Every activity file under shared/data/strava, and the export row that names it where there is one.</summary>
internal static class RealActivityFiles
{
    private static readonly Lazy<IReadOnlyList<string>> AllFiles = new(() =>
        Directory.EnumerateFiles(TestData.Strava, "*", SearchOption.AllDirectories)
            .Where(ActivityFileReaders.IsActivityFile)
            .Select(f => Path.GetRelativePath(TestData.Strava, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList());

    private static readonly Lazy<IReadOnlyDictionary<string, Run>> Rows = new(LoadRows);

    public static IReadOnlyList<string> All => AllFiles.Value;

    public static string FullPath(string relative) => Path.Combine(TestData.Strava, relative);

    public static TheoryData<string> Theory()
    {
        var data = new TheoryData<string>();
        foreach (var file in All)
        {
            data.Add(file);
        }

        return data;
    }

    /// <summary>The CSV run for a file: by the row's Filename, or (nz-harcombe/extracted) by the activity id in the name.</summary>
    public static Run? RowFor(string relative)
    {
        if (Rows.Value.TryGetValue(relative, out var byName))
        {
            return byName;
        }

        var parts = relative.Split('/');
        var id = parts[^1].Split('.')[0];
        return Rows.Value.GetValueOrDefault(parts[0] + "/#" + id);
    }

    private static Dictionary<string, Run> LoadRows()
    {
        var rows = new Dictionary<string, Run>(StringComparer.Ordinal);
        var reader = new StravaExportReader(new StravaExportReaderOptions { ReadActivityFiles = false });
        foreach (var folder in new[] { "hu-slalom007", "nz-harcombe", "eg-aldahshoury" })
        {
            foreach (var run in reader.Read(TestData.StravaPath(folder, "activities.csv")).Runs)
            {
                rows[folder + "/#" + run.Id] = run;
                if (run.ActivityFileName is { } name)
                {
                    rows[folder + "/" + name] = run;
                }
            }
        }

        return rows;
    }
}
