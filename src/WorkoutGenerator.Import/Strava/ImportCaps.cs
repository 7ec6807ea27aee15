using System.Globalization;

namespace WorkoutGenerator.Import.Strava;

/// <summary>
/// The refusal of a file over the import's cap before the reader sees it (an upload written to a temporary file):
/// one import reads at most <see cref="ImportLimits.MaxImportBytes"/>, so a larger file could not be imported whole.
/// Worded as the reader words a zip entry over the same cap.
/// </summary>
public static class ImportCaps
{
    /// <summary>The refusal of a file over <paramref name="cap"/>; <paramref name="bytes"/> is null when the rest was not read to count it.</summary>
    public static string OverCap(long? bytes, long cap) => bytes is { } size
        ? string.Create(CultureInfo.InvariantCulture, $"The file is {size} bytes, over the {cap}-byte limit for one import; refusing to read it.")
        : string.Create(CultureInfo.InvariantCulture, $"The file is over the {cap}-byte limit for one import; refusing to read it.");
}
