namespace WorkoutGenerator.Import;

/// <summary>The import's caps that a host enforces before the import starts (the dashboard caps an upload with them).</summary>
public static class ImportLimits
{
    /// <summary>
    /// One import reads at most 1 GiB (every zip entry and every gzip file inside, counted as inflated): a real
    /// export's activities and CSV are a few hundred MB at most, see <see cref="Guards.ZipLimits"/>.
    /// </summary>
    public const long MaxImportBytes = 1L << 30;
}
