using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Services.Exports;
using WorkoutGenerator.Services.Files;

namespace WorkoutGenerator.Services.Tests.Exports;

public sealed class FitWorkoutFolderTests : IDisposable
{
    private static readonly DateTimeOffset Created = new(2026, 11, 26, 7, 0, 0, TimeSpan.Zero);
    private readonly string _root = Directory.CreateTempSubdirectory("workoutgen-fit-folder-").FullName;

    public FitWorkoutFolderTests() => Directory.CreateDirectory(Folder);

    private string Folder => Path.Combine(_root, "watch");

    [Fact]
    public void Should_remove_only_the_listed_workout_files_of_the_previous_plan()
    {
        // Given a first plan's workouts, a listed file the runner replaced, and the runner's own files
        var workouts = SamplePlan.Build().Workouts.Where(workout => workout.Type != WorkoutType.Race).ToList();
        Write(workouts);
        var replaced = Path.Combine(Folder, FitWorkoutExporter.FileName(workouts[1]));
        File.WriteAllText(replaced, "the runner's own file under our name");
        File.WriteAllText(Path.Combine(Folder, "notes.txt"), "mine");
        File.AppendAllText(Path.Combine(Folder, FitWorkoutFolder.ManifestName), "../outside.fit\n");
        File.WriteAllBytes(Path.Combine(_root, "outside.fit"), File.ReadAllBytes(Path.Combine(Folder, FitWorkoutExporter.FileName(workouts[2]))));

        // When a plan with only the last workout is written
        Write(workouts.TakeLast(1).ToList());

        // Then
        Assert.Equal(
            new[] { FitWorkoutFolder.ManifestName, FitWorkoutExporter.FileName(workouts[1]), FitWorkoutExporter.FileName(workouts[^1]), "notes.txt" }.Order(StringComparer.Ordinal),
            Directory.GetFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(_root, "outside.fit")));
        Assert.Equal([FitWorkoutExporter.FileName(workouts[^1])], FitWorkoutFolder.Manifest(Folder));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(IReadOnlyList<Domain.Training.Workout> workouts)
    {
        using var files = new StagedFiles();
        FitWorkoutFolder.Stage(files, workouts, Folder, Created);
        files.Commit();
    }
}
