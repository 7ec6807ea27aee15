namespace WorkoutGenerator.Storage.Tests;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(FullPath);

    public string FullPath { get; } = Path.Combine(Path.GetTempPath(), "workoutgen-storage-tests", Guid.NewGuid().ToString("N"));

    public string File(params string[] parts) => Path.Combine([FullPath, .. parts]);

    public void Dispose() => Directory.Delete(FullPath, recursive: true);
}
