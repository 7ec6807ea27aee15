using System.Globalization;

namespace WorkoutGenerator.Import.Csv;

/// <summary>
/// Caps on an activities.csv wherever it comes from (a zip, a folder, a file), so that a hostile or broken file
/// costs seconds and megabytes, never minutes and gigabytes. Real exports are far below them: the largest at hand
/// (nz-harcombe, 1,726 activities) is 0.6 MB, 350 bytes a row on average; the longest line of any is 2.8 KB and the
/// longest field 328 characters. Ten years of daily runs with long descriptions stay under ~20 MB.
/// <list type="bullet">
/// <item><see cref="MaxFileBytes"/> 256 MiB: over 10x that, yet read in seconds.</item>
/// <item><see cref="MaxRowChars"/> 1 MiB per row (a "line", line breaks inside quoted fields included): 350x the longest real row.</item>
/// <item><see cref="MaxFieldChars"/> 64 KiB per field: 200x the longest real field, room for a diary of a description.</item>
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
