using System.Text;
using WorkoutGenerator.Import.Strava;
using WorkoutGenerator.Import.Tests.Strava;

namespace WorkoutGenerator.Import.Tests.Safety;

/// <summary>activities.csv read from a folder or a file is capped (file, row, field) and never echoed whole.</summary>
public sealed class CsvSizeLimitTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("wg-csvcap-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("row", "activities.csv:2: The row is longer than 1 MiB (the limit for one row); refusing to read the file.")]
    [InlineData("unquoted field", "activities.csv:2: A field is longer than 64 KiB (the limit for one field); refusing to read the file.")]
    [InlineData("quoted field", "activities.csv:2: A field is longer than 64 KiB (the limit for one field); refusing to read the file.")]
    [InlineData("quoted lines", "activities.csv:2: A field is longer than 64 KiB (the limit for one field); refusing to read the file.")]
    public void Should_refuse_a_row_or_field_over_its_cap_without_echoing_it(string what, string expected)
    {
        // Given a CSV file with one oversized row or field after the header
        var huge = what switch
        {
            "row" => string.Join(',', Enumerable.Repeat(new string('7', 60_000), 20)),
            "unquoted field" => new string('x', 70_000),
            "quoted field" => "\"" + new string('x', 70_000) + "\"",
            _ => "\"" + string.Concat(Enumerable.Repeat("x\n", 40_000)) + "\"",
        };
        var path = Path.Combine(_dir, "activities.csv");
        File.WriteAllText(path, CsvText.EnglishHeader + "\n" + huge + "\n" + CsvText.Row() + "\n");

        // When
        var result = new StravaExportReader().Read(path);

        // Then the file is refused at the row's line, and the message quotes none of it
        Assert.True(result.Failed);
        Assert.Equal(expected, Assert.Single(result.Issues).ToString());
    }

    [Fact]
    public void Should_refuse_a_csv_file_over_256_mib_before_reading_it()
    {
        // Given a sparse file of 256 MiB + 1 byte (no disk space used)
        var path = Path.Combine(_dir, "activities.csv");
        using (var file = File.Create(path))
        {
            file.SetLength((256L << 20) + 1);
        }

        // When
        var result = new StravaExportReader().Read(_dir);

        // Then
        Assert.Equal("activities.csv:0: The file is 268435457 bytes, over the 256 MiB limit for activities.csv; refusing to read it.", Assert.Single(result.Issues).ToString());
    }

    [Fact]
    public void Should_refuse_an_activities_csv_linked_to_dev_zero()
    {
        // Given activities.csv as a link to /dev/zero, in a folder and passed alone
        var link = Path.Combine(_dir, "activities.csv");
        File.CreateSymbolicLink(link, "/dev/zero");

        // When
        var fromFolder = SafetyFiles.Within(() => new StravaExportReader().Read(_dir));
        var alone = SafetyFiles.Within(() => new StravaExportReader().Read(link));

        // Then both are refused without reading a byte
        Assert.Equal("activities.csv:0: A link to a file outside the folder; not opened.", Assert.Single(fromFolder.Issues).ToString());
        Assert.Equal("activities.csv:0: The file is empty or is not a regular file (a FIFO, a device or a socket); it is not opened.", Assert.Single(alone.Issues).ToString());
    }

    [Fact]
    public void Should_refuse_an_activities_csv_that_is_a_fifo()
    {
        // Given activities.csv as a named pipe nobody writes to
        SafetyFiles.Fifo(Path.Combine(_dir, "activities.csv"));

        // When
        var result = SafetyFiles.Within(() => new StravaExportReader().Read(_dir));

        // Then
        Assert.Equal("activities.csv:0: The file is empty or is not a regular file (a FIFO, a device or a socket); it is not opened.", Assert.Single(result.Issues).ToString());
    }

    [Theory]
    [InlineData("date", "activities.csv:2:2 (Activity Date): \"")]
    [InlineData("distance", "activities.csv:2:11 (Distance): \"")]
    public void Should_quote_at_most_80_characters_of_a_bad_value(string field, string start)
    {
        // Given a 10,000-character value where a date or a number belongs
        var value = new string('z', 10_000);
        var row = field == "date" ? CsvText.Row(date: value) : CsvText.Row(meters: value);

        // When
        var issue = Assert.Single(CsvText.Read(CsvText.EnglishHeader, row).Issues);

        // Then
        Assert.StartsWith(start + new string('z', 80) + "…\" is not a", issue.ToString(), StringComparison.Ordinal);
        Assert.True(issue.ToString().Length < 160, issue.ToString());
    }

    [Fact]
    public void Should_read_a_real_sized_description_with_quotes_and_line_breaks()
    {
        // Given a 20,000-character description with quotes and line breaks, under every cap
        var description = "\"" + string.Concat(Enumerable.Repeat("Easy \"\"recovery\"\" run,\nlegs fine. ", 800)) + "\"";

        // When
        var result = CsvText.Read(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(CsvText.EnglishHeader + "\n" + CsvText.Row(description: description) + "\n")));

        // Then
        Assert.Empty(result.Issues);
        Assert.Single(result.Runs);
    }
}
