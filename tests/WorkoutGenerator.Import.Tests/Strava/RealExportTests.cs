using System.Globalization;
using WorkoutGenerator.Import.Strava;
using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Import.Tests.Strava;

/// <summary>
/// The real exports in shared/data/strava. The expected figures were computed once, independently of this
/// importer, by independent_figures.py (Python's csv module, its own date parsing, the same documented rules:
/// run types Run/Hardloopsessie/Carrera, metre distance else km display, moving else elapsed time, skip under
/// 100 m or outside 2:00-20:00 /km, skip when the two distances disagree). Runs + skipped runs equal the
/// README's counts (219, 1,636, 623, 541, 189).
/// </summary>
public sealed class RealExportTests
{
    [Theory]
    [InlineData("hu-slalom007", "en", ExportLayout.Current, 242, 218, 1, "2024-06-04 16:39:40", "2025-09-21 14:16:53", 1868.240)]
    [InlineData("nz-harcombe", "en", ExportLayout.Current, 1726, 1632, 4, "2015-11-28 02:14:09", "2022-02-27 18:00:21", 13455.110)]
    [InlineData("us-michaeldik", "en", ExportLayout.Current, 1040, 619, 4, "2023-01-08 21:27:04", "2025-10-24 16:36:47", 6970.775)]
    [InlineData("be-verspreet", "nl", ExportLayout.Current, 924, 503, 38, "2017-04-24 10:11:05", "2026-01-06 11:29:43", 4388.790)]
    [InlineData("co-duque", "es", ExportLayout.Current, 292, 189, 0, "2025-10-01 22:25:55", "2026-08-02 12:20:32", 987.333)]
    [InlineData("eg-aldahshoury", "en", ExportLayout.Legacy, 128, 45, 0, "2015-06-16 14:27:56", "2018-06-13 17:41:27", 257.052)]
    public void Should_import_the_real_export(
        string folder, string language, ExportLayout layout, int rows, int runs, int skipped, string firstUtc, string lastUtc, double totalKm)
    {
        // Given the export folder as unzipped
        var path = TestData.StravaPath(folder);

        // When
        var result = new StravaExportReader().Read(path);

        // Then
        Assert.False(result.Failed);
        Assert.Equal(language, result.Language);
        Assert.Equal(layout, result.Layout);
        Assert.Equal(rows, result.RowsRead);
        Assert.Equal(runs, result.Runs.Count);
        Assert.Equal(skipped, result.SkippedRows);
        Assert.Equal(result.RowsRead, result.Runs.Count + result.OtherActivities.Count + result.SkippedRows);
        Assert.Equal(Utc(firstUtc), result.Runs.Min(r => r.StartUtc));
        Assert.Equal(Utc(lastUtc), result.Runs.Max(r => r.StartUtc));
        Assert.Equal(totalKm, result.Runs.Sum(r => r.Distance.Kilometers), 3);
        Assert.All(result.Issues.Where(i => i.Severity == ImportIssueSeverity.Skipped), i =>
        {
            Assert.False(string.IsNullOrWhiteSpace(i.Reason));
            Assert.True(i.Line > 1);
        });
        Assert.Equal(result.Runs.Count, result.Runs.Select(r => r.Id).Distinct().Count());
        Assert.All(result.Runs, r => Assert.Equal("activities.csv", r.SourceFile));
    }

    [Fact]
    public void Should_report_nz_harcombe_misaligned_row_at_its_physical_line()
    {
        // Given the row whose description was split into the next column by its owner
        var result = new StravaExportReader().Read(TestData.StravaPath("nz-harcombe", "activities.csv"));

        // When
        var issue = result.Issues.Single(i => i.Line == 83);

        // Then
        Assert.Equal("activities.csv:83:18 (Distance): the metre distance 191 m disagrees with the display distance 202 km; the row may be misaligned", issue.ToString());
    }

    [Fact]
    public void Should_give_hu_slalom007_lines_that_match_the_physical_file()
    {
        // Given a file with multi-line descriptions
        var path = TestData.StravaPath("hu-slalom007", "activities.csv");
        var lines = File.ReadAllLines(path);

        // When
        var result = new StravaExportReader().Read(path);

        // Then every skipped row's line starts with that row's id
        Assert.True(lines.Length > result.RowsRead + 1, "the fixture should contain multi-line descriptions");
        var skipped = result.Issues.Single(i => i.Severity == ImportIssueSeverity.Skipped);
        Assert.StartsWith("12776154933,", lines[skipped.Line - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Should_read_the_same_runs_from_a_zip_of_the_real_export()
    {
        // Given co-duque's activities.csv zipped under a folder, as some exports are
        var dir = Directory.CreateTempSubdirectory("wg-import-real-").FullName;
        try
        {
            var zip = Path.Combine(dir, "export_1.zip");
            using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create))
            {
                System.IO.Compression.ZipFileExtensions.CreateEntryFromFile(archive, TestData.StravaPath("co-duque", "activities.csv"), "export_1/activities.csv");
            }

            // When
            var fromZip = new StravaExportReader().Read(zip);
            var fromFolder = new StravaExportReader().Read(TestData.StravaPath("co-duque"));

            // Then
            Assert.Equal(fromFolder.Runs.Select(r => r with { SourceFile = null }), fromZip.Runs.Select(r => r with { SourceFile = null }));
            Assert.Equal("export_1/activities.csv", fromZip.Runs[0].SourceFile);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static DateTimeOffset Utc(string text) =>
        new(DateTime.ParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), TimeSpan.Zero);
}
