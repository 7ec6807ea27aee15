using System.IO.Compression;
using System.Text;
using CsCheck;
using WorkoutGenerator.Import.Strava;
using WorkoutGenerator.Import.Tests.Fit;
using WorkoutGenerator.Import.Tests.Strava;

namespace WorkoutGenerator.Import.Tests.Fuzzing;

/// <summary>
/// A small export zip (activities.csv, a gzipped FIT file, a GPX file; stored and deflated entries) mutated byte
/// by byte, its directory included: the reader must return a result, never throw, within a time bound. Sizes:
/// see <see cref="Fuzz"/>.
/// </summary>
public sealed class ZipFuzzTests
{
    private static readonly Lazy<byte[]> Export = new(BuildExport);

    [Fact]
    public void Should_survive_mutations_of_an_export_zip()
    {
        var original = Export.Value;
        Gen.Select(Gen.Int[0, original.Length - 1].Array[1, 8], Gen.Byte.Array[8], Gen.Int[1, original.Length], Gen.Int[0, 2]).Sample((positions, values, cut, kind) =>
        {
            var bytes = (byte[])original.Clone();
            for (var i = 0; i < positions.Length; i++)
            {
                bytes[positions[i]] = kind == 0 ? (byte)(bytes[positions[i]] ^ (1 << (values[i] % 8))) : values[i];
            }

            AssertResult(kind == 2 ? bytes[..cut] : bytes);
        }, iter: Fuzz.Iterations(1000), threads: Fuzz.Threads);
    }

    [Fact]
    public void Should_survive_random_bytes_behind_a_zip_signature()
    {
        Gen.Byte.Array[0, 600].Sample(body => AssertResult([0x50, 0x4B, 0x03, 0x04, .. body]), iter: Fuzz.Iterations(2000), threads: Fuzz.Threads);
    }

    private static void AssertResult(byte[] zip) =>
        Fuzz.Within(
            () =>
            {
                var result = new StravaExportReader().ReadZip(new MemoryStream(zip), "export.zip", null, CancellationToken.None);
                Assert.NotNull(result.SourceName);
            },
            () => $"a zip of {zip.Length} bytes: {Fuzz.Hex(zip)}");

    private static byte[] BuildExport()
    {
        var csv = string.Join("\n", CsvText.EnglishHeader, CsvText.Row(id: "1", file: "activities/1.fit.gz"), CsvText.Row(id: "2", file: "activities/2.gpx"), CsvText.Row(id: "3", type: "Ride")) + "\n";
        using var gz = new MemoryStream();
        using (var gzip = new GZipStream(gz, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(FitFiles.Activity());
        }

        const string Gpx = """
            <?xml version="1.0"?><gpx version="1.1" creator="x"><trk><type>running</type><trkseg>
            <trkpt lat="47.5" lon="19.05"><ele>110</ele><time>2024-03-12T18:00:00Z</time></trkpt>
            <trkpt lat="47.51" lon="19.05"><ele>112</ele><time>2024-03-12T18:05:00Z</time></trkpt>
            </trkseg></trk></gpx>
            """;
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(archive, "activities.csv", Encoding.UTF8.GetBytes(csv), CompressionLevel.Optimal);
            Add(archive, "activities/1.fit.gz", gz.ToArray(), CompressionLevel.NoCompression);
            Add(archive, "activities/2.gpx", Encoding.UTF8.GetBytes(Gpx), CompressionLevel.Fastest);
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive archive, string name, byte[] content, CompressionLevel level)
    {
        using var stream = archive.CreateEntry(name, level).Open();
        stream.Write(content);
    }
}
