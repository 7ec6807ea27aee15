using System.IO.Compression;
using System.Text;
using WorkoutGenerator.Import.Strava;
using WorkoutGenerator.Import.Guards;

namespace WorkoutGenerator.Import.Tests.Strava;

public sealed class ZipAndPathTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("wg-import-").FullName;

    private static readonly string SmallCsv = string.Join("\n", CsvText.EnglishHeader, CsvText.Row(id: "1"), CsvText.Row(id: "2", type: "Ride")) + "\n";

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("activities.csv", "activities.csv")]
    [InlineData("export_12264640/activities.csv", "export_12264640/activities.csv")]
    public void Should_read_activities_csv_from_a_zip_without_extracting(string entryName, string expectedSource)
    {
        // Given a zip as downloaded, with other CSVs beside activities.csv
        var zip = MakeZip(("profile.csv", "x"), (entryName, SmallCsv));

        // When
        var result = new StravaExportReader().Read(zip);

        // Then
        Assert.Empty(result.Issues);
        Assert.Equal(2, result.RowsRead);
        Assert.Equal(expectedSource, Assert.Single(result.Runs).SourceFile);
        Assert.Equal(expectedSource, result.SourceName);
    }

    [Fact]
    public void Should_read_an_unzipped_folder_and_a_lone_csv()
    {
        // Given
        var folder = Path.Combine(_dir, "export");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "activities.csv"), SmallCsv);

        // When
        var fromFolder = new StravaExportReader().Read(folder);
        var fromParent = new StravaExportReader().Read(_dir);
        var fromFile = new StravaExportReader().Read(Path.Combine(folder, "activities.csv"));

        // Then
        Assert.Equal("activities.csv", Assert.Single(fromFolder.Runs).SourceFile);
        Assert.Equal("export/activities.csv", Assert.Single(fromParent.Runs).SourceFile);
        Assert.Equal("activities.csv", Assert.Single(fromFile.Runs).SourceFile);
    }

    [Fact]
    public void Should_refuse_a_zip_holding_two_exports_naming_them_as_a_folder_does()
    {
        // Given a zip of two exports side by side, and the same layout as a folder
        var zip = MakeZip(("export_1/activities.csv", SmallCsv), ("export_2/activities.csv", SmallCsv));
        var folder = Path.Combine(_dir, "both");
        foreach (var export in new[] { "export_1", "export_2" })
        {
            Directory.CreateDirectory(Path.Combine(folder, export));
            File.WriteAllText(Path.Combine(folder, export, "activities.csv"), SmallCsv);
        }

        // When each is read
        var fromZip = new StravaExportReader().Read(zip);
        var fromFolder = new StravaExportReader().Read(folder);

        // Then both are refused, naming the exports, and nothing is read
        var issue = Assert.Single(fromZip.Issues);
        Assert.Equal(ImportIssueSeverity.Error, issue.Severity);
        Assert.Equal($"\"{Path.GetFileName(zip)}\" holds 2 exports (export_1/activities.csv, export_2/activities.csv); unzip it and import one of them.", issue.Reason);
        Assert.Empty(fromZip.Runs);
        Assert.Contains("holds 2 exports", Assert.Single(fromFolder.Issues).Reason, StringComparison.Ordinal);
        Assert.Empty(fromFolder.Runs);
    }

    [Theory]
    [InlineData("../evil.csv")]
    [InlineData("activities/../../evil.csv")]
    [InlineData("/etc/evil.csv")]
    [InlineData("C:/evil.csv")]
    public void Should_reject_a_zip_with_a_zip_slip_entry(string hostile)
    {
        // Given
        var zip = MakeZip(("activities.csv", SmallCsv), (hostile, "x"));

        // When
        var result = new StravaExportReader().Read(zip);

        // Then
        var issue = Assert.Single(result.Issues);
        Assert.Equal(ImportIssueSeverity.Error, issue.Severity);
        Assert.Equal($"The archive holds an entry with an unsafe path \"{hostile}\"; refusing to read it.", issue.Reason);
        Assert.Empty(result.Runs);
    }

    [Fact]
    public void Should_reject_a_decompression_bomb_by_its_ratio()
    {
        // Given 11 MiB that compresses more than 100x
        var zip = Path.Combine(_dir, "bomb.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            using var stream = archive.CreateEntry("activities.csv", CompressionLevel.Optimal).Open();
            stream.Write(Encoding.UTF8.GetBytes(CsvText.EnglishHeader + "\n"));
            stream.Write(new byte[11 << 20]);
        }

        // When
        var result = new StravaExportReader().Read(zip);

        // Then
        var issue = Assert.Single(result.Issues);
        Assert.Equal(ImportIssueSeverity.Error, issue.Severity);
        Assert.StartsWith("The entry is compressed ", issue.Reason, StringComparison.Ordinal);
        Assert.EndsWith("x (over 100x): a decompression bomb; refusing to read it.", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_stop_reading_an_entry_past_the_size_cap()
    {
        // Given a cap below the entry's size
        var zip = MakeZip(("activities.csv", SmallCsv));
        var reader = new StravaExportReader(new ZipLimits(MaxImportBytes: 50, RatioCheckFromBytes: long.MaxValue, MaxCompressionRatio: 100));

        // When
        var result = reader.Read(zip);

        // Then
        var issue = Assert.Single(result.Issues);
        Assert.Equal(ImportIssueSeverity.Error, issue.Severity);
        Assert.Matches("^The entry inflates to [0-9]+ bytes, over the 50-byte limit for one import; refusing to read it.$", issue.Reason);
    }

    [Fact]
    public void Should_report_a_truncated_zip_as_an_error()
    {
        // Given half a download
        var zip = MakeZip(("activities.csv", SmallCsv + new string('x', 5000)));
        var bytes = File.ReadAllBytes(zip);
        File.WriteAllBytes(zip, bytes[..(bytes.Length / 2)]);

        // When
        var result = new StravaExportReader().Read(zip);

        // Then
        var issue = Assert.Single(result.Issues);
        Assert.Equal(ImportIssueSeverity.Error, issue.Severity);
        Assert.StartsWith("\"export.zip\" is not a readable zip archive (corrupt or not fully downloaded?)", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_a_missing_path_and_a_folder_without_export_as_errors()
    {
        // Given / When
        var missing = new StravaExportReader().Read(Path.Combine(_dir, "nope.zip"));
        var empty = new StravaExportReader().Read(_dir);

        // Then
        Assert.Equal($"nope.zip:0: There is no file or folder at \"{Path.Combine(_dir, "nope.zip")}\".", Assert.Single(missing.Issues).ToString());
        Assert.Equal($"activities.csv:0: There is no activities.csv in \"{_dir}\" or in a folder inside it.", Assert.Single(empty.Issues).ToString());
    }

    [Fact]
    public void Should_report_a_zip_without_activities_csv()
    {
        // Given
        var zip = MakeZip(("a/b/activities.csv", SmallCsv));

        // When
        var result = new StravaExportReader().Read(zip);

        // Then
        Assert.Equal("export.zip:0: The archive has no activities.csv at its top or in one folder inside it.", Assert.Single(result.Issues).ToString());
    }

    private string MakeZip(params (string Name, string Content)[] entries)
    {
        var path = Path.Combine(_dir, "export.zip");
        File.Delete(path);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            using var stream = archive.CreateEntry(name).Open();
            stream.Write(Encoding.UTF8.GetBytes(content));
        }

        return path;
    }
}
