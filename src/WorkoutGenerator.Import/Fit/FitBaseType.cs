using System.Buffers.Binary;

namespace WorkoutGenerator.Import.Fit;

/// <summary>
/// FIT base types (the low five bits of a field's base type byte): their sizes and their invalid values, which
/// read as null. Unsigned types are invalid at all ones, signed at their maximum, the "z" types at zero.
/// </summary>
internal static class FitBaseType
{
    public const byte Enum = 0;
    public const byte SInt8 = 1;
    public const byte UInt8 = 2;
    public const byte SInt16 = 3;
    public const byte UInt16 = 4;
    public const byte SInt32 = 5;
    public const byte UInt32 = 6;
    public const byte String = 7;
    public const byte Float32 = 8;
    public const byte Float64 = 9;
    public const byte UInt8z = 10;
    public const byte UInt16z = 11;
    public const byte UInt32z = 12;
    public const byte Byte = 13;
    public const byte SInt64 = 14;
    public const byte UInt64 = 15;
    public const byte UInt64z = 16;

    /// <summary>The size of one element, or 0 for a base type the protocol does not define.</summary>
    public static int Size(byte baseType) => (baseType & 0x1F) switch
    {
        Enum or SInt8 or UInt8 or String or UInt8z or Byte => 1,
        SInt16 or UInt16 or UInt16z => 2,
        SInt32 or UInt32 or Float32 or UInt32z => 4,
        Float64 or SInt64 or UInt64 or UInt64z => 8,
        _ => 0,
    };

    /// <summary>The first element of a field as a number, or NaN when it holds the invalid value.</summary>
    public static double Read(ReadOnlySpan<byte> raw, byte baseType, bool bigEndian)
    {
        switch (baseType & 0x1F)
        {
            case Enum or UInt8 or Byte:
                return raw[0] == 0xFF ? double.NaN : raw[0];
            case UInt8z:
                return raw[0] == 0 ? double.NaN : raw[0];
            case SInt8:
                return raw[0] == 0x7F ? double.NaN : unchecked((sbyte)raw[0]);
            case UInt16:
            case UInt16z:
                var u16 = bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(raw) : BinaryPrimitives.ReadUInt16LittleEndian(raw);
                return (baseType & 0x1F) == UInt16 ? (u16 == ushort.MaxValue ? double.NaN : u16) : (u16 == 0 ? double.NaN : u16);
            case SInt16:
                var s16 = bigEndian ? BinaryPrimitives.ReadInt16BigEndian(raw) : BinaryPrimitives.ReadInt16LittleEndian(raw);
                return s16 == short.MaxValue ? double.NaN : s16;
            case UInt32:
            case UInt32z:
                var u32 = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(raw) : BinaryPrimitives.ReadUInt32LittleEndian(raw);
                return (baseType & 0x1F) == UInt32 ? (u32 == uint.MaxValue ? double.NaN : u32) : (u32 == 0 ? double.NaN : u32);
            case SInt32:
                var s32 = bigEndian ? BinaryPrimitives.ReadInt32BigEndian(raw) : BinaryPrimitives.ReadInt32LittleEndian(raw);
                return s32 == int.MaxValue ? double.NaN : s32;
            case Float32:
                var f32 = bigEndian ? BinaryPrimitives.ReadSingleBigEndian(raw) : BinaryPrimitives.ReadSingleLittleEndian(raw);
                return float.IsFinite(f32) ? f32 : double.NaN;
            case Float64:
                var f64 = bigEndian ? BinaryPrimitives.ReadDoubleBigEndian(raw) : BinaryPrimitives.ReadDoubleLittleEndian(raw);
                return double.IsFinite(f64) ? f64 : double.NaN;
            case SInt64:
                var s64 = bigEndian ? BinaryPrimitives.ReadInt64BigEndian(raw) : BinaryPrimitives.ReadInt64LittleEndian(raw);
                return s64 == long.MaxValue ? double.NaN : s64;
            case UInt64:
            case UInt64z:
                var u64 = bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(raw) : BinaryPrimitives.ReadUInt64LittleEndian(raw);
                return (baseType & 0x1F) == UInt64 ? (u64 == ulong.MaxValue ? double.NaN : u64) : (u64 == 0 ? double.NaN : u64);
            default:
                return double.NaN;
        }
    }
}
