using System.Globalization;
using System.IO.Compression;

namespace WorkoutGenerator.Import.Guards;

/// <summary>
/// Guards against decompression bombs: one import may inflate at most <see cref="MaxImportBytes"/> in all (every
/// entry and every gzip file inside the zip, counted as they are inflated: see <see cref="InflateBudget"/>), and an
/// entry over <see cref="RatioCheckFromBytes"/> may not be more than <see cref="MaxCompressionRatio"/> times its
/// compressed size (CSV text compresses ~5-15x; 100x is zeros or a bomb). Every entry read is checked against its
/// declared size and CRC-32 (<see cref="VerifiedEntryStream"/>).
/// </summary>
internal sealed record ZipLimits(long MaxImportBytes, long RatioCheckFromBytes, double MaxCompressionRatio)
{
    public static ZipLimits Default { get; } = new(ImportLimits.MaxImportBytes, 10L << 20, 100);

    public InflateBudget NewBudget() => new(MaxImportBytes);

    /// <summary>Why the entry must not be read, judged on what it declares, or null when it may.</summary>
    public string? Check(ZipArchiveEntry entry, InflateBudget budget)
    {
        if (entry.Length > budget.Remaining)
        {
            return string.Create(CultureInfo.InvariantCulture, $"The entry inflates to {entry.Length} bytes, over the {MaxImportBytes}-byte limit for one import; refusing to read it.");
        }

        if (entry.Length > RatioCheckFromBytes && (entry.CompressedLength == 0 || (double)entry.Length / entry.CompressedLength > MaxCompressionRatio))
        {
            var ratio = entry.CompressedLength == 0 ? double.PositiveInfinity : (double)entry.Length / entry.CompressedLength;
            return string.Create(CultureInfo.InvariantCulture, $"The entry is compressed {ratio:0}x (over {MaxCompressionRatio:0}x): a decompression bomb; refusing to read it.");
        }

        return null;
    }

    /// <summary>The entry's content, verified at its end, counted against <paramref name="budget"/> and cut at <paramref name="entryCap"/>.</summary>
    public static Stream Open(ZipArchiveEntry entry, InflateBudget budget, long entryCap) =>
        new CountingStream(new VerifiedEntryStream(entry.Open(), entry.FullName, entry.Crc32, entry.Length), entryCap, budget);
}
