namespace WorkoutGenerator.Import.Guards;

/// <summary>Paths inside an import (a zip entry's, a file named by a row) that must not be opened.</summary>
internal static class EntryPaths
{
    /// <summary>Zip-slip: a ".." segment or a rooted path would escape any folder it was extracted to.</summary>
    public static bool IsUnsafe(string entryPath)
    {
        var normalized = entryPath.Replace('\\', '/');
        return normalized.StartsWith('/') || (normalized.Length > 1 && normalized[1] == ':')
            || normalized.Split('/').Any(segment => segment == "..");
    }
}
