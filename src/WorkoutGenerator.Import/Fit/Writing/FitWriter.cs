using System.Buffers.Binary;
using System.Text;

namespace WorkoutGenerator.Import.Fit.Writing;

/// <summary>
/// Writes FIT records: a 14-byte header with its CRC, definition and data messages, and the closing file CRC.
/// Little endian unless a definition asks for big endian; the tests use that to build files of every shape.
/// </summary>
internal sealed class FitWriter
{
    private readonly MemoryStream _data = new();
    private readonly Dictionary<int, (bool BigEndian, (byte Number, byte Size, byte BaseType)[] Fields)> _definitions = [];

    public void Define(int local, ushort global, IReadOnlyList<(byte Number, byte Size, byte BaseType)> fields, bool bigEndian = false, IReadOnlyList<(byte Number, byte Size, byte Index)>? developerFields = null)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(local, 15);
        _data.WriteByte((byte)(0x40 | (developerFields is null ? 0 : 0x20) | local));
        _data.WriteByte(0);
        _data.WriteByte(bigEndian ? (byte)1 : (byte)0);
        Span<byte> number = stackalloc byte[2];
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt16BigEndian(number, global);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(number, global);
        }

        _data.Write(number);
        _data.WriteByte(checked((byte)fields.Count));
        foreach (var (fieldNumber, size, baseType) in fields)
        {
            _data.Write([fieldNumber, size, baseType]);
        }

        if (developerFields is not null)
        {
            _data.WriteByte(checked((byte)developerFields.Count));
            foreach (var (fieldNumber, size, index) in developerFields)
            {
                _data.Write([fieldNumber, size, index]);
            }
        }

        _definitions[local] = (bigEndian, fields.ToArray());
    }

    /// <summary>A data message: one value per defined field (null writes the invalid value), then raw developer bytes.</summary>
    public void Data(int local, IReadOnlyList<object?> values, byte[]? developerBytes = null, int? compressedTimeOffset = null)
    {
        var (bigEndian, fields) = _definitions[local];
        _data.WriteByte(compressedTimeOffset is { } offset ? (byte)(0x80 | (local << 5) | (offset & 0x1F)) : (byte)local);
        for (var i = 0; i < fields.Length; i++)
        {
            WriteValue(fields[i], values[i], bigEndian);
        }

        if (developerBytes is not null)
        {
            _data.Write(developerBytes);
        }
    }

    public byte[] ToArray()
    {
        var data = _data.ToArray();
        var file = new byte[14 + data.Length + 2];
        file[0] = 14;
        file[1] = 0x20;
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(2), 2132);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)data.Length);
        ".FIT"u8.CopyTo(file.AsSpan(8));
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(12), FitCrc.Compute(file.AsSpan(0, 12)));
        data.CopyTo(file, 14);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(14 + data.Length), FitCrc.Compute(file.AsSpan(0, 14 + data.Length)));
        return file;
    }

    private void WriteValue((byte Number, byte Size, byte BaseType) field, object? value, bool bigEndian)
    {
        var bytes = new byte[field.Size];
        if ((field.BaseType & 0x1F) == FitBaseType.String)
        {
            if (value is string text)
            {
                var encoded = Encoding.UTF8.GetBytes(text);
                encoded.AsSpan(0, Math.Min(encoded.Length, field.Size - 1)).CopyTo(bytes);
            }

            _data.Write(bytes);
            return;
        }

        var raw = value switch
        {
            null => Invalid(field.BaseType),
            long l => unchecked((ulong)l),
            int i => unchecked((ulong)(long)i),
            _ => Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < field.Size; i++)
        {
            var shift = 8 * (bigEndian ? field.Size - 1 - i : i);
            bytes[i] = (byte)((raw >> shift) & 0xFF);
        }

        _data.Write(bytes);
    }

    private static ulong Invalid(byte baseType) => (baseType & 0x1F) switch
    {
        FitBaseType.SInt8 => 0x7F,
        FitBaseType.SInt16 => 0x7FFF,
        FitBaseType.SInt32 => 0x7FFFFFFF,
        FitBaseType.SInt64 => 0x7FFFFFFFFFFFFFFF,
        FitBaseType.UInt8z or FitBaseType.UInt16z or FitBaseType.UInt32z or FitBaseType.UInt64z => 0,
        _ => ulong.MaxValue,
    };
}
