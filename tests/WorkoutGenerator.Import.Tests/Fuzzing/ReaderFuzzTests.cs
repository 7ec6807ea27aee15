using System.IO.Compression;
using CsCheck;
using WorkoutGenerator.Import.Activities;
using WorkoutGenerator.Import.Fit;
using WorkoutGenerator.Import.Tests.ActivityFiles;
using WorkoutGenerator.Import.Tests.Fit;
using WorkoutGenerator.Import.ActivityFiles;
using WorkoutGenerator.Import.Fit.Reading;

namespace WorkoutGenerator.Import.Tests.Fuzzing;

/// <summary>
/// Random and mutated inputs (bit flips, overwritten bytes, truncations of real files) must end in a recording or
/// an <see cref="ActivityReadException"/>, never another exception, within a time bound. Memory is bounded by
/// construction (content capped at <see cref="ActivityFileReaders.MaxContentBytes"/>, FIT tables at 255 entries).
/// Sizes: see <see cref="Fuzz"/>.
/// </summary>
public sealed class ReaderFuzzTests
{
    public static TheoryData<string, string> Seeds() => new()
    {
        { "fit", "hu-slalom007/activities/12360605296.fit.gz" },
        { "fit", "nz-harcombe/extracted/6482732219.fit" },
        { "gpx", "eg-aldahshoury/activities/1202820141.gpx" },
        { "gpx", "au-swbuchanan/gpx/run_2023-09-27T22:42:32Z.gpx" },
        { "tcx", "nz-harcombe/extracted/1586636116.tcx" },
    };

    [Theory]
    [InlineData("fit")]
    [InlineData("gpx")]
    [InlineData("tcx")]
    public void Should_survive_random_bytes(string format)
    {
        var reader = ActivityFileReaders.For("x." + format)!;
        Gen.Byte.Array[0, 2000].Sample(bytes => AssertOnlyOwnError(reader, bytes), iter: Fuzz.Iterations(2000), threads: Fuzz.Threads);
    }

    [Fact]
    public void Should_survive_random_fit_records_behind_a_valid_header_and_crc()
    {
        // Random record streams reach the decoder's inner loops only when header and CRC are right.
        Gen.Byte.Array[0, 600].Sample(body => AssertOnlyOwnError(new FitActivityReader(), WithValidFrame(body)), iter: Fuzz.Iterations(3000), threads: Fuzz.Threads);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Should_survive_mutations_of_real_files(string format, string seed)
    {
        // Given a real file, uncompressed
        var path = RealActivityFiles.FullPath(seed);
        using var stream = File.OpenRead(path);
        var original = ActivityFileReaders.ReadContent(stream, path.EndsWith(".gz", StringComparison.Ordinal));
        var reader = ActivityFileReaders.For("x." + format)!;

        // When it is mutated: flipped bits, overwritten bytes, truncated (FIT mutations keep the CRC valid so the decoder sees them)
        var mutation = Gen.Select(Gen.Int[0, original.Length - 1].Array[1, 8], Gen.Byte.Array[8], Gen.Int[1, original.Length], Gen.Int[0, 2]);
        mutation.Sample((positions, values, cut, kind) =>
        {
            var bytes = (byte[])original.Clone();
            for (var i = 0; i < positions.Length; i++)
            {
                bytes[positions[i]] = kind == 0 ? (byte)(bytes[positions[i]] ^ (1 << (values[i] % 8))) : values[i];
            }

            if (kind == 2)
            {
                bytes = bytes[..cut];
            }

            if (format == "fit" && bytes.Length > 16)
            {
                bytes = WithValidFrame(bytes[14..^2]);
            }

            // Then
            AssertOnlyOwnError(reader, bytes);
        }, iter: Fuzz.Iterations(300), threads: Fuzz.Threads);
    }

    [Fact]
    public void Should_turn_a_broken_gzip_into_a_result()
    {
        // Given a gzip stream cut in half
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(FitFiles.Activity());
        }

        var half = buffer.ToArray()[..(int)(buffer.Length / 2)];

        // When
        var result = ActivityFileReaders.Read(new MemoryStream(half), "a.fit.gz");

        // Then
        Assert.False(result.Succeeded);
        Assert.NotNull(result.Error);
    }

    private static byte[] WithValidFrame(byte[] body)
    {
        var file = new byte[14 + body.Length + 2];
        file[0] = 14;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)body.Length);
        ".FIT"u8.CopyTo(file.AsSpan(8));
        body.CopyTo(file, 14);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(14 + body.Length), FitCrc.Compute(file.AsSpan(0, 14 + body.Length)));
        return file;
    }

    private static void AssertOnlyOwnError(IActivityReader reader, byte[] bytes) =>
        Fuzz.Within(
            () =>
            {
                try
                {
                    var recording = reader.Read(bytes);
                    _ = ActivityAnalyzer.Analyze(recording);
                }
                catch (ActivityReadException)
                {
                    // the reader's own error: expected for bad input
                }
            },
            () => $"the {reader.Format} reader, {bytes.Length} bytes: {Fuzz.Hex(bytes)}");
}
