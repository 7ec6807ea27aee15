using System.Globalization;
using System.IO.Compression;

namespace WorkoutGenerator.Import.Strava;

/// <summary>
/// Guards against decompression bombs: no entry may inflate past <see cref="MaxEntryBytes"/>, and an entry over
/// <see cref="RatioCheckFromBytes"/> may not be more than <see cref="MaxCompressionRatio"/> times its compressed
/// size (CSV text compresses ~5-15x; 100x is zeros or a bomb).
/// </summary>
internal sealed record ZipLimits(long MaxEntryBytes, long RatioCheckFromBytes, double MaxCompressionRatio)
{
    public static ZipLimits Default { get; } = new(1L << 30, 10L << 20, 100);

    /// <summary>Why the entry must not be read, or null when it may.</summary>
    public string? Check(ZipArchiveEntry entry)
    {
        if (entry.Length > MaxEntryBytes)
        {
            return string.Create(CultureInfo.InvariantCulture, $"The entry inflates to {entry.Length} bytes, over the {MaxEntryBytes}-byte limit; refusing to read it.");
        }

        if (entry.Length > RatioCheckFromBytes && (entry.CompressedLength == 0 || (double)entry.Length / entry.CompressedLength > MaxCompressionRatio))
        {
            var ratio = entry.CompressedLength == 0 ? double.PositiveInfinity : (double)entry.Length / entry.CompressedLength;
            return string.Create(CultureInfo.InvariantCulture, $"The entry is compressed {ratio:0}x (over {MaxCompressionRatio:0}x): a decompression bomb; refusing to read it.");
        }

        return null;
    }
}
