using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Demo.Tests;

public sealed class DemoAthleteCsvTests
{
    private const string DateFormat = "MMM d, yyyy, h:mm:ss tt";

    [Fact]
    public void Should_WriteTheHeaderOfARealEnglishExport()
    {
        // Given the first line of a real 99-column English export
        var real = File.ReadLines(TestData.StravaPath("hu-slalom007", "activities.csv")).First();

        // When the demo is written
        var demo = DemoFixture.Csv(DemoFixture.Options).Split('\n')[0];

        // Then the header is the same text, 99 columns with the duplicated names
        Assert.Equal(real, demo);
        Assert.Equal(99, demo.Split(',').Length);
    }

    [Fact]
    public void Should_ParseBackWith99FieldsPerRow_And_TheActivityDateOfEachActivity()
    {
        // Given the default demo and its CSV
        var activities = DemoFixture.Activities;
        var rows = ReadRows(DemoFixture.Csv(DemoFixture.Options));

        // When each row is read back by column index
        // Then there is one row per activity, 99 fields each, the date reads back as the UTC start to the second
        Assert.Equal(activities.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(99, rows[i].Length);
            var date = DateTime.ParseExact(rows[i][1], DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None);
            Assert.Equal(activities[i].StartUtc, date);
            Assert.Equal(activities[i].Id.ToString(CultureInfo.InvariantCulture), rows[i][0]);
            Assert.Equal(activities[i].Name, rows[i][2]);
            Assert.Equal(activities[i].Sport, rows[i][3]);
            Assert.Equal(string.Empty, rows[i][12]);
        }
    }

    [Fact]
    public void Should_WriteKilometresFirst_And_MetresSecond_LikeStrava()
    {
        // Given the good runs of the default demo, read back
        var rows = ReadRows(DemoFixture.Csv(DemoFixture.Options));
        var goodRuns = rows.Zip(DemoFixture.Activities).Where(p => p.Second.IsRun && !p.Second.IsBadRow).ToList();

        // Then the first Distance is km with 2 decimals, the second metres with 1, ~1000x apart (domain-notes'
        // sanity check), Elapsed Time is an integer then a float, and Average Speed is metres over moving seconds
        Assert.All(goodRuns, p =>
        {
            var (row, activity) = p;
            Assert.Matches(@"^\d+\.\d\d$", row[6]);
            Assert.Matches(@"^\d+\.\d$", row[17]);
            Assert.Matches(@"^\d+$", row[5]);
            Assert.Matches(@"^\d+\.0$", row[15]);
            var km = double.Parse(row[6], CultureInfo.InvariantCulture);
            var meters = double.Parse(row[17], CultureInfo.InvariantCulture);
            Assert.InRange(meters / km, 995, 1005);
            var speed = double.Parse(row[19], CultureInfo.InvariantCulture);
            Assert.Equal(activity.Distance!.Value.Meters / activity.MovingTime!.Value.TotalSeconds, speed, 0.001);
        });
    }

    [Fact]
    public void Should_WriteBadRowsAsRealExportsHaveThem()
    {
        // Given the default demo's bad rows, read back
        var rows = ReadRows(DemoFixture.Csv(DemoFixture.Options));
        var bad = rows.Zip(DemoFixture.Activities).Where(p => p.Second.IsBadRow).Select(p => p.First).ToList();

        // Then one has zero distance, one an impossible pace (> 10 m/s), one empty distance and moving time
        Assert.Contains(bad, r => r[6] == "0.00" && r[17] == "0.0");
        Assert.Contains(bad, r => r[19].Length > 0 && double.Parse(r[19], CultureInfo.InvariantCulture) > 10);
        Assert.Contains(bad, r => r[6].Length == 0 && r[16].Length == 0 && r[17].Length == 0);
    }

    [Fact]
    public void Should_QuoteAMultiLineRaceNote()
    {
        // Given the CSV text of the default demo
        var csv = DemoFixture.Csv(DemoFixture.Options);

        // Then a marathon note spanning two lines is written quoted, as Strava does
        Assert.Matches("\"Official time \\d:\\d\\d:\\d\\d\\.\n[^\"]+\"", csv);
    }

    private static List<string[]> ReadRows(string csv)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false };
        using var reader = new CsvReader(new StringReader(csv), configuration);
        var rows = new List<string[]>();
        reader.Read();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.Parser.Count).Select(i => reader.GetField(i) ?? string.Empty).ToArray());
        }

        return rows;
    }
}
