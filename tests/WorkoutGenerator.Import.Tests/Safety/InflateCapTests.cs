using System.Buffers.Binary;
using System.IO.Compression;
using WorkoutGenerator.Import.Strava;
using WorkoutGenerator.Import.Tests.Strava;
using WorkoutGenerator.Import.Guards;

namespace WorkoutGenerator.Import.Tests.Safety;

/// <summary>The inflate cap holds for the whole import, and no entry's declared size or CRC is taken on trust.</summary>
public sealed class InflateCapTests : IDisposable
{
    private static readonly string Export = string.Join("\n", CsvText.EnglishHeader, CsvText.Row(id: "1"), CsvText.Row(id: "2"), CsvText.Row(id: "3", type: "Ride")) + "\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("wg-inflate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Should_cap_what_all_gzip_entries_of_one_zip_inflate_to_together()
    {
        // Given five gzip files of 300 KB of zeros each (a few hundred bytes compressed) and a cap of 1 MiB per import
        var rows = Enumerable.Range(1, 5).Select(i => CsvText.Row(id: $"{i}", file: $"activities/{i}.fit.gz"));
        var bomb = SafetyFiles.Gzip(new byte[300_000]);
        var zip = SafetyFiles.Zip(Path.Combine(_dir, "export.zip"),
            [("activities.csv", SafetyFiles.Utf8(string.Join("\n", [CsvText.EnglishHeader, .. rows]) + "\n")), .. Enumerable.Range(1, 5).Select(i => ($"activities/{i}.fit.gz", bomb))]);
        var reader = new StravaExportReader(new ZipLimits(MaxImportBytes: 1 << 20, RatioCheckFromBytes: 10L << 20, MaxCompressionRatio: 100));

        // When
        var result = reader.Read(zip);

        // Then every row is a run, the fourth file hits the cap, the fifth is not read at all
        Assert.Equal(5, result.Runs.Count);
        Assert.Contains(result.Issues, i => i.File == "activities/4.fit.gz"
            && i.Reason == "the file cannot be read (activities/4.fit.gz: The file cannot be read: the import inflates to more than 1 MiB in total (the cap for one import)); the CSV's values are kept");
        Assert.Contains(result.Issues, i => i.ToString() == "activities.csv:0: 1 activity files were not read: the import reached its cap of 1 MiB inflated; those runs keep the CSV's values");
    }

    [Fact]
    public void Should_count_gzip_files_of_a_watch_zip_against_the_same_cap()
    {
        // Given a watch zip of four 300 KB gzip files and a 1 MiB cap
        var bomb = SafetyFiles.Gzip(new byte[300_000]);
        var zip = SafetyFiles.Zip(Path.Combine(_dir, "watch.zip"), [.. Enumerable.Range(1, 4).Select(i => ($"{i}.fit.gz", bomb))]);
        var reader = new StravaExportReader(new ZipLimits(MaxImportBytes: 1 << 20, RatioCheckFromBytes: 10L << 20, MaxCompressionRatio: 100));

        // When
        var result = reader.Read(zip);

        // Then
        Assert.Contains(result.Issues, i => i.File == "4.fit.gz" && i.Reason.Contains("the import inflates to more than 1 MiB in total", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_refuse_a_gzip_activity_file_that_inflates_more_than_100x()
    {
        // Given a watch folder with one gzip file of 20 MiB of zeros (~20 KB compressed)
        var watch = Directory.CreateDirectory(Path.Combine(_dir, "watch")).FullName;
        File.WriteAllBytes(Path.Combine(watch, "bomb.fit.gz"), SafetyFiles.Gzip(new byte[20 << 20]));

        // When
        var result = new StravaExportReader().Read(watch);

        // Then it is refused as a bomb long before its end
        var issue = Assert.Single(result.Issues);
        Assert.Matches(@"^bomb\.fit\.gz:0: the file cannot be read \(bomb\.fit\.gz \(byte [0-9]+\): The gzip data inflates more than 100x: a decompression bomb; refusing to read it\.\); left out$", issue.ToString());
    }

    [Theory]
    [InlineData("smaller", "export.zip:0: The data is corrupt (truncated download?): the entry \"activities.csv\" fails its CRC-32 check")]
    [InlineData("larger", "export.zip:0: The data is corrupt (truncated download?): the entry \"activities.csv\" inflates to")]
    [InlineData("crc", "export.zip:0: The data is corrupt (truncated download?): the entry \"activities.csv\" fails its CRC-32 check")]
    public void Should_refuse_an_entry_whose_headers_lie_about_its_size_or_crc(string lie, string expected)
    {
        // Given a zip whose local header and central directory both declare a wrong size or CRC for activities.csv
        var zip = SafetyFiles.Zip(Path.Combine(_dir, "export.zip"), ("activities.csv", SafetyFiles.Utf8(Export)));
        var bytes = File.ReadAllBytes(zip);
        Patch(bytes, lie);
        File.WriteAllBytes(zip, bytes);

        // When
        var result = new StravaExportReader().Read(zip);

        // Then nothing is read from it
        Assert.Empty(result.Runs);
        Assert.StartsWith(expected, Assert.Single(result.Issues).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_that_the_framework_alone_cuts_an_entry_at_its_declared_size_without_an_error()
    {
        // Given the zip whose headers declare half of activities.csv's real size
        var zip = SafetyFiles.Zip(Path.Combine(_dir, "export.zip"), ("activities.csv", SafetyFiles.Utf8(Export)));
        var bytes = File.ReadAllBytes(zip);
        Patch(bytes, "smaller");

        // When System.IO.Compression reads it on its own
        using var archive = new ZipArchive(new MemoryStream(bytes));
        using var entry = archive.Entries[0].Open();
        using var content = new MemoryStream();
        entry.CopyTo(content);

        // Then it hands over the first half as if that were all: the check has to be ours
        Assert.Equal(Export.Length / 2, content.Length);
    }

    /// <summary>Writes the lie into the local file header (offset 0) and the central directory entry of the zip's one entry.</summary>
    private static void Patch(byte[] zip, string lie)
    {
        var central = IndexOf(zip, [0x50, 0x4B, 0x01, 0x02]);
        var (local, directory) = lie == "crc" ? (14, central + 16) : (22, central + 24);
        var value = lie switch
        {
            "smaller" => (uint)(Export.Length / 2),
            "larger" => (uint)(Export.Length * 2),
            _ => BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(14)) ^ 0xFFFF,
        };
        BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(local), value);
        BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(directory), value);
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
