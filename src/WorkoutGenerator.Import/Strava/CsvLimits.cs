using System.Globalization;

namespace WorkoutGenerator.Import.Strava;

/// <summary>
/// Caps on an activities.csv wherever it comes from (a zip, a folder, a file), so that a hostile or broken file
/// costs seconds and megabytes, never minutes and gigabytes. Real exports are far below them: the largest real
/// activities.csv at hand is 2 MB for 700 activities (~3 KB a row; 4,000 activities, ten years of daily runs, are
/// ~12 MB), its longest row ~3 KB and its longest field (a description) under 2,000 characters.
/// <list type="bullet">
/// <item><see cref="MaxFileBytes"/> 256 MiB: 20x the ten-year export, yet read in seconds.</item>
/// <item><see cref="MaxRowChars"/> 1 MiB per row (a "line", line breaks inside quoted fields included): 300x a real row.</item>
/// <item><see cref="MaxFieldChars"/> 64 KiB per field: 30x a long description.</item>
/// </list>
/// </summary>
internal sealed record CsvLimits(long MaxFileBytes, int MaxRowChars, int MaxFieldChars)
{
    public static CsvLimits Default { get; } = new(256L << 20, 1 << 20, 64 << 10);

    /// <summary>Why a file of <paramref name="bytes"/> must not be read, or null when it may.</summary>
    public string? CheckFileSize(long bytes) =>
        bytes > MaxFileBytes
            ? string.Create(CultureInfo.InvariantCulture, $"The file is {bytes} bytes, over the {MaxFileBytes >> 20} MiB limit for activities.csv; refusing to read it.")
            : null;
}

/// <summary>A row or field over <see cref="CsvLimits"/>: the whole file is refused, at the line it happened.</summary>
internal sealed class CsvLimitException(string message, int line) : IOException(message)
{
    public int Line { get; } = line;
}
