using System.Buffers.Binary;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Import.Activities;
using WorkoutGenerator.Import.Fit;
using WorkoutGenerator.Import.Fit.Reading;
using WorkoutGenerator.Import.Fit.Writing;

namespace WorkoutGenerator.Import.Tests.Fit;

public sealed class FitDecoderTests
{
    [Fact]
    public void Should_decode_both_byte_orders_compressed_timestamps_and_skip_developer_fields()
    {
        // Given a synthetic activity with every record shape
        var file = FitFiles.Activity();

        // When
        var recording = new FitActivityReader().Read(file);

        // Then
        Assert.Equal(4, recording.Samples.Count);
        var (le, be, compressed, dev) = (recording.Samples[0], recording.Samples[1], recording.Samples[2], recording.Samples[3]);
        Assert.Equal(FitFiles.StartUtc, le.Time);
        Assert.Equal(47.5, le.Latitude!.Value, 6);
        Assert.Equal(110, le.AltitudeMeters);
        Assert.Equal(120, le.HeartRate!.Value.BeatsPerMinute);
        Assert.Equal(2.5, le.SpeedMetersPerSecond);
        Assert.Equal(FitFiles.StartUtc.AddSeconds(1), be.Time);
        Assert.Equal(47.50002, be.Latitude!.Value, 6);
        Assert.Equal(111, be.AltitudeMeters);
        Assert.Equal(2.5, be.Distance!.Value.Meters);
        Assert.Equal(FitFiles.StartUtc.AddSeconds(2), compressed.Time);
        Assert.Equal(140, compressed.HeartRate!.Value.BeatsPerMinute);
        Assert.Equal(5, compressed.Distance!.Value.Meters);
        Assert.Null(dev.Latitude);
        Assert.Null(dev.HeartRate);
        Assert.Equal(15, dev.Distance!.Value.Meters);
    }

    [Fact]
    public void Should_read_metadata_pauses_and_the_utc_offset()
    {
        // When
        var recording = new FitActivityReader().Read(FitFiles.Activity());

        // Then
        var meta = recording.Metadata;
        Assert.Equal("running", meta.Sport);
        Assert.Equal(SportType.Run, meta.RunType);
        Assert.True(meta.TreadmillFlag);
        Assert.Equal(TimeSpan.FromHours(2), meta.UtcOffset);
        Assert.Equal("Garmin product 3990", meta.Device);
        Assert.Equal(123456789, meta.FitSerialNumber);
        Assert.Equal(1500, meta.TotalDistance!.Value.Meters);
        Assert.Equal(20, meta.TotalTimerTime!.Value.TotalSeconds);
        Assert.Equal(12, meta.TotalAscent!.Value.Meters);
        var pause = Assert.Single(recording.Pauses);
        Assert.Equal(new TimerPause(FitFiles.StartUtc.AddSeconds(10), FitFiles.StartUtc.AddSeconds(90)), pause);
    }

    [Fact]
    public void Should_decode_chained_files_one_after_the_other()
    {
        // Given two FIT files back to back
        var one = FitFiles.Activity();

        // When
        var recording = new FitActivityReader().Read(one.Concat(one).ToArray());

        // Then
        Assert.Equal(8, recording.Samples.Count);
    }

    public static TheoryData<string, int, string> Corruptions() => new()
    {
        { "header size", 0, "The FIT header size is 13; it must be 12 or 14. (byte 0)" },
        { "signature", 8, "The file does not carry the \".FIT\" signature. (byte 8)" },
        { "header crc", 12, "The FIT header CRC does not match. (byte 12)" },
        { "data size", 4, "The header declares 4294967295 bytes of data but only {data} follow with the CRC (truncated file?). (byte 4)" },
        { "file crc", -1, "The FIT file CRC does not match (corrupt or modified file). (byte {end})" },
    };

    [Theory]
    [MemberData(nameof(Corruptions))]
    public void Should_refuse_a_corrupt_header_or_crc_saying_where(string what, int at, string expected)
    {
        // Given
        var file = FitFiles.Activity();
        var dataSize = file.Length - 16;
        switch (what)
        {
            case "header size": file[0] = 13; break;
            case "signature": file[8] = (byte)'X'; break;
            case "header crc": file[12] ^= 0xFF; break;
            case "data size": BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), uint.MaxValue); file[12] = file[13] = 0; break;
            default: file[^1] ^= 0x01; break;
        }

        // When
        var ex = Assert.Throws<ActivityReadException>(() => new FitActivityReader().Read(file));

        // Then
        Assert.Equal(expected.Replace("{data}", dataSize.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{end}", (file.Length - 2).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), $"{ex.Message} ({ex.Where})");
        Assert.True(at < 0 || ex.ByteOffset == at);
    }

    [Fact]
    public void Should_refuse_a_data_message_without_a_definition()
    {
        // Given a file whose only record is a data message of local type 3
        var w = new FitWriter();
        w.Define(3, 20, [(3, 1, 2)]);
        var file = w.ToArray();
        file[14] = 0x05; // definition header -> data header of local type 5
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(file.Length - 2), FitCrc.Compute(file.AsSpan(0, file.Length - 2)));

        // When
        var ex = Assert.Throws<ActivityReadException>(() => new FitActivityReader().Read(file));

        // Then
        Assert.Equal("A data message uses local type 5, which has no definition.", ex.Message);
        Assert.Equal(14, ex.ByteOffset);
    }
}
