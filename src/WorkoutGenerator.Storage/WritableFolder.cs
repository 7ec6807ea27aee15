namespace WorkoutGenerator.Storage;

/// <summary>
/// Whether this process may create files in a folder, found by trying (a file that deletes itself on close):
/// permission bits alone do not tell, because of ACLs, read-only mounts and root.
/// </summary>
public static class WritableFolder
{
    /// <summary>Null when a file can be made in <paramref name="folder"/>, else the error that said why not.</summary>
    public static Exception? Probe(string folder)
    {
        try
        {
            using var probe = new FileStream(
                Path.Combine(folder, $".workoutgen-{Guid.NewGuid():N}.probe"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e;
        }
    }
}
