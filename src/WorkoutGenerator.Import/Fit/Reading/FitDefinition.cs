using System.Buffers.Binary;
using WorkoutGenerator.Import.Activities;

namespace WorkoutGenerator.Import.Fit.Reading;

internal readonly record struct FitFieldDefinition(byte Number, byte Size, byte BaseType);

/// <summary>A definition message: the layout of the data messages of one local type.</summary>
internal sealed class FitDefinition
{
    private FitDefinition(ushort global, bool bigEndian, FitFieldDefinition[] fields, int dataSize)
    {
        Global = global;
        BigEndian = bigEndian;
        Fields = fields;
        DataSize = dataSize;
    }

    public ushort Global { get; }

    public bool BigEndian { get; }

    public FitFieldDefinition[] Fields { get; }

    /// <summary>Bytes of one data message, developer fields included (they are skipped, not read).</summary>
    public int DataSize { get; }

    public static FitDefinition Read(ReadOnlySpan<byte> data, ref int position, bool hasDeveloperFields, int baseOffset)
    {
        var start = position;
        Need(data, position, 5, "definition message", baseOffset + start);
        var architecture = data[position + 1];
        if (architecture > 1)
        {
            throw new ActivityReadException($"The definition message's architecture is {architecture}; it must be 0 (little endian) or 1 (big endian).", baseOffset + position + 1);
        }

        var bigEndian = architecture == 1;
        var global = bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(data.Slice(position + 2, 2)) : BinaryPrimitives.ReadUInt16LittleEndian(data.Slice(position + 2, 2));
        int count = data[position + 4];
        position += 5;
        Need(data, position, count * 3, "field definitions", baseOffset + start);
        var fields = new FitFieldDefinition[count];
        var size = 0;
        for (var i = 0; i < count; i++)
        {
            fields[i] = new FitFieldDefinition(data[position], data[position + 1], data[position + 2]);
            size += fields[i].Size;
            position += 3;
        }

        if (hasDeveloperFields)
        {
            Need(data, position, 1, "developer field count", baseOffset + start);
            int developerCount = data[position++];
            Need(data, position, developerCount * 3, "developer field definitions", baseOffset + start);
            for (var i = 0; i < developerCount; i++)
            {
                size += data[position + 1];
                position += 3;
            }
        }

        return new FitDefinition(global, bigEndian, fields, size);
    }

    private static void Need(ReadOnlySpan<byte> data, int position, int bytes, string what, long offset)
    {
        if (data.Length - position < bytes)
        {
            throw new ActivityReadException($"The {what} needs {bytes} bytes; {data.Length - position} are left.", offset);
        }
    }
}
