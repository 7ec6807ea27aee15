using System.Buffers.Binary;
using System.Text;
using WorkoutGenerator.Import.Activities;

namespace WorkoutGenerator.Import.Fit.Reading;

/// <summary>
/// Decodes FIT from the public protocol: header (12 or 14 bytes, header CRC when present), definition and data
/// messages in either byte order, compressed-timestamp headers, developer fields skipped, file CRC. Chained FIT
/// files (several FIT files back to back, as some devices write) are decoded one after the other into the same
/// sink. Every read is bounds-checked against the declared data size, and a record consumes at least one byte, so
/// decoding ends in time linear in the input and allocates nothing from header counts beyond 255-entry tables.
/// </summary>
internal static class FitDecoder
{
    public const int TimestampField = 253;

    public static void Decode(ReadOnlySpan<byte> file, IFitMessageSink sink)
    {
        if (file.Length == 0)
        {
            throw new ActivityReadException("The file is empty.", 0);
        }

        var start = 0;
        var message = new FitMessage();
        do
        {
            start = DecodeOne(file, start, sink, message);
        }
        while (start < file.Length);
    }

    /// <summary>Decodes the FIT file at <paramref name="start"/>; returns where the next chained file would begin.</summary>
    private static int DecodeOne(ReadOnlySpan<byte> file, int start, IFitMessageSink sink, FitMessage message)
    {
        var rest = file[start..];
        if (rest.Length < 12)
        {
            throw new ActivityReadException($"The FIT header needs 12 bytes; {rest.Length} are left.", start);
        }

        int headerSize = rest[0];
        if (headerSize is not (12 or 14))
        {
            throw new ActivityReadException($"The FIT header size is {headerSize}; it must be 12 or 14.", start);
        }

        if (rest.Length < headerSize || !rest.Slice(8, 4).SequenceEqual(".FIT"u8))
        {
            throw new ActivityReadException("The file does not carry the \".FIT\" signature.", start + 8);
        }

        if (headerSize == 14)
        {
            var headerCrc = BinaryPrimitives.ReadUInt16LittleEndian(rest.Slice(12, 2));
            if (headerCrc != 0 && headerCrc != FitCrc.Compute(rest[..12]))
            {
                throw new ActivityReadException("The FIT header CRC does not match.", start + 12);
            }
        }

        var dataSize = BinaryPrimitives.ReadUInt32LittleEndian(rest.Slice(4, 4));
        if (dataSize > (long)rest.Length - headerSize - 2)
        {
            throw new ActivityReadException(
                $"The header declares {dataSize} bytes of data but only {Math.Max(0, rest.Length - headerSize - 2)} follow with the CRC (truncated file?).", start + 4);
        }

        var end = headerSize + (int)dataSize;
        var fileCrc = BinaryPrimitives.ReadUInt16LittleEndian(rest.Slice(end, 2));
        if (fileCrc != FitCrc.Compute(rest[..end]))
        {
            throw new ActivityReadException("The FIT file CRC does not match (corrupt or modified file).", start + end);
        }

        DecodeRecords(rest[..end], headerSize, start, sink, message);
        return start + end + 2;
    }

    private static void DecodeRecords(ReadOnlySpan<byte> data, int position, int baseOffset, IFitMessageSink sink, FitMessage message)
    {
        var definitions = new FitDefinition?[16];
        uint? lastTimestamp = null;
        while (position < data.Length)
        {
            var recordOffset = position;
            var header = data[position++];
            FitDefinition? definition;
            uint? compressedTimestamp = null;
            if ((header & 0x80) != 0)
            {
                definition = definitions[(header >> 5) & 0x3];
                if (lastTimestamp is { } last)
                {
                    // The 5-bit offset rolls over every 32 s relative to the last full timestamp.
                    var offset = (uint)(header & 0x1F);
                    var ts = unchecked((last & ~0x1Fu) + offset);
                    if (offset < (last & 0x1F))
                    {
                        ts = unchecked(ts + 0x20);
                    }

                    compressedTimestamp = ts;
                    lastTimestamp = ts;
                }
            }
            else if ((header & 0x40) != 0)
            {
                definitions[header & 0xF] = FitDefinition.Read(data, ref position, (header & 0x20) != 0, baseOffset);
                continue;
            }
            else
            {
                definition = definitions[header & 0xF];
            }

            if (definition is null)
            {
                throw new ActivityReadException($"A data message uses local type {((header & 0x80) != 0 ? (header >> 5) & 0x3 : header & 0xF)}, which has no definition.", baseOffset + recordOffset);
            }

            if (data.Length - position < definition.DataSize)
            {
                throw new ActivityReadException($"A data message needs {definition.DataSize} bytes; {data.Length - position} are left.", baseOffset + recordOffset);
            }

            message.Begin(definition.Global, baseOffset + recordOffset);
            ReadFields(data.Slice(position, definition.DataSize), definition, message);
            position += definition.DataSize;
            if (message[TimestampField] is { } timestamp && timestamp is >= 0 and <= uint.MaxValue)
            {
                lastTimestamp = (uint)timestamp;
            }
            else if (compressedTimestamp is { } compressed)
            {
                message.Set(TimestampField, compressed);
            }

            sink.OnMessage(message);
        }
    }

    private static void ReadFields(ReadOnlySpan<byte> data, FitDefinition definition, FitMessage message)
    {
        var position = 0;
        foreach (var field in definition.Fields)
        {
            var raw = data.Slice(position, field.Size);
            position += field.Size;
            if ((field.BaseType & 0x1F) == FitBaseType.String)
            {
                var length = raw.IndexOf((byte)0);
                var text = Encoding.UTF8.GetString(length < 0 ? raw : raw[..length]);
                if (text.Length > 0)
                {
                    message.SetText(field.Number, text);
                }

                continue;
            }

            var size = FitBaseType.Size(field.BaseType);
            if (size == 0 || field.Size < size || field.Size % size != 0)
            {
                // A size that does not fit its base type is malformed; the field reads as absent, not as garbage.
                continue;
            }

            var value = FitBaseType.Read(raw, field.BaseType, definition.BigEndian);
            if (!double.IsNaN(value))
            {
                message.Set(field.Number, value);
            }
        }

        // Developer fields follow the regular ones; their meaning lives in field_description messages we ignore.
    }
}
