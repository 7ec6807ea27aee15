using System.Text;
using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Import.Activities;
using WorkoutGenerator.Services.Files;
using WorkoutGenerator.Import.Fit.Reading;

namespace WorkoutGenerator.Services.Exports;

/// <summary>
/// A folder of FIT workout files that holds exactly the current plan's workouts. A manifest in the folder lists
/// the files this app wrote there; writing a new plan removes the listed files it no longer needs, and only those
/// that still are FIT workout files, so the runner's own files (and files they replaced) are never touched.
/// </summary>
public static class FitWorkoutFolder
{
    public const string ManifestName = ".workoutgen-fit-files";

    private const string ManifestHeader = "# FIT workout files workoutgen wrote here for the current plan; it removes them when it writes the next one.";

    // A workout file is a few hundred bytes; anything far larger is not one of ours and is not read.
    private const long LargestWorkoutFile = 1 << 20;

    /// <summary>Stages one file per workout and the manifest; on commit the files of the previous plan go.</summary>
    /// <returns>The paths the workouts will have once committed.</returns>
    /// <summary>
    /// The workouts of <paramref name="plan"/> that go to the watch: every one but the race, which is run, not
    /// followed on the watch as a workout.
    /// </summary>
    public static IEnumerable<Workout> WatchWorkouts(TrainingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Workouts.Where(workout => workout.Type != WorkoutType.Race);
    }

    public static IReadOnlyList<string> Stage(StagedFiles files, IEnumerable<Workout> workouts, string folder, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(workouts);
        files.CreateFolder(folder);
        var names = new List<string>();
        foreach (var file in Files(workouts, created))
        {
            files.Write(Path.Combine(folder, file.Name), file.Content);
            names.Add(file.Name);
        }

        foreach (var stale in Manifest(folder).Except(names, StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, stale);
            if (IsWorkoutFile(path))
            {
                files.RemoveOnCommit(path);
            }
        }

        files.Write(Path.Combine(folder, ManifestName), Encoding.UTF8.GetBytes(string.Join('\n', [ManifestHeader, .. names]) + "\n"));
        return names.Select(name => Path.Combine(folder, name)).ToList();
    }

    /// <summary>One FIT workout file per workout, named by date and type, a repeated name numbered ("-2").</summary>
    public static IReadOnlyList<ExportFile> Files(IEnumerable<Workout> workouts, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(workouts);
        var named = new List<ExportFile>();
        var names = new List<string>();
        foreach (var workout in workouts)
        {
            var name = UniqueName(FitWorkoutExporter.FileName(workout), names);
            named.Add(new ExportFile(name, FitWorkoutExporter.Export(workout, created)));
            names.Add(name);
        }

        return named;
    }

    /// <summary>The file names the manifest lists; names with a folder in them are ignored, whoever wrote them.</summary>
    internal static IReadOnlyList<string> Manifest(string folder)
    {
        var path = Path.Combine(folder, ManifestName);
        if (!File.Exists(path) || new FileInfo(path).Length > LargestWorkoutFile)
        {
            return [];
        }

        return File.ReadAllLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#') && line.EndsWith(".fit", StringComparison.OrdinalIgnoreCase))
            .Where(line => Path.GetFileName(line) == line && line != ".." && line.IndexOfAny(Path.GetInvalidFileNameChars()) < 0)
            .ToList();
    }

    private static string UniqueName(string name, List<string> taken)
    {
        var candidate = name;
        for (var n = 2; taken.Contains(candidate, StringComparer.Ordinal); n++)
        {
            candidate = $"{Path.GetFileNameWithoutExtension(name)}-{n}.fit";
        }

        return candidate;
    }

    private static bool IsWorkoutFile(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.LinkTarget is not null || info.Length > LargestWorkoutFile)
        {
            return false;
        }

        try
        {
            FitWorkoutReader.Read(File.ReadAllBytes(path));
            return true;
        }
        catch (Exception e) when (e is ActivityReadException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
