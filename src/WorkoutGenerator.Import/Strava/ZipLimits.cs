namespace WorkoutGenerator.Import.Strava;

/// <summary>
/// Guards against decompression bombs: no entry may inflate past <see cref="MaxEntryBytes"/>, and an entry over
/// <see cref="RatioCheckFromBytes"/> may not be more than <see cref="MaxCompressionRatio"/> times its compressed
/// size (CSV text compresses ~5-15x; 100x is zeros or a bomb).
/// </summary>
internal sealed record ZipLimits(long MaxEntryBytes, long RatioCheckFromBytes, double MaxCompressionRatio)
{
    public static ZipLimits Default { get; } = new(1L << 30, 10L << 20, 100);
}
