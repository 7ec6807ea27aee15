using WorkoutGenerator.Domain.Errors;
using System.Globalization;

namespace WorkoutGenerator.Import.Guards;

/// <summary>
/// Reads a zip entry and, at its end, checks what was inflated against what the archive declares: the CRC-32 and
/// the uncompressed size. System.IO.Compression stops an entry at its declared size without a word when the data
/// inflates further, and does not promise a CRC check; an entry that fails either check is corrupt or forged.
/// </summary>
internal sealed class VerifiedEntryStream(Stream inner, string entryName, uint declaredCrc, long declaredLength) : ReadOnlyPassThroughStream(inner)
{
    private readonly Crc32 _crc = new();
    private bool _verified;

    protected override void Inspect(ReadOnlySpan<byte> chunk, bool atEnd)
    {
        _crc.Append(chunk);
        if (!atEnd || _verified)
        {
            return;
        }

        _verified = true;
        if (BytesRead != declaredLength)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"the entry \"{InputExcerpt.Of(entryName)}\" inflates to {BytesRead} bytes, not the {declaredLength} its header declares"));
        }

        if (_crc.Value != declaredCrc)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"the entry \"{InputExcerpt.Of(entryName)}\" fails its CRC-32 check ({_crc.Value:x8}, declared {declaredCrc:x8})"));
        }
    }
}
