using WorkoutGenerator.Services.Importing;
using WorkoutGenerator.Import;

namespace WorkoutGenerator.Services.Application;

/// <summary>
/// The cap on an export a host receives before the reader sees it (an upload): one import reads at most
/// <see cref="ImportLimits.MaxImportBytes"/>, so a larger file could not be imported whole. Refused in the words the
/// reader uses for a zip entry over the same cap.
/// </summary>
public static class UploadCap
{
    public const long MaxBytes = ImportLimits.MaxImportBytes;

    /// <summary>The refusal of a file over <paramref name="cap"/> bytes (its size unknown: the rest is never read).</summary>
    public static string Refusal(long cap) => ExportUpload.Refusal(cap);
}
