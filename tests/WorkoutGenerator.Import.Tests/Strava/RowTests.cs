using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Import.Tests.Strava;

public sealed class RowTests
{
    [Fact]
    public void Should_keep_line_numbers_right_after_a_multi_line_description_with_crlf()
    {
        // Given a description spanning three physical lines (CRLF inside quotes), then a bad row
        var csv = CsvText.Read(
            CsvText.EnglishHeader + "\r\n"
            + CsvText.Row(id: "1", description: "\"Hills\r\nthen flat\r\nthen home\"") + "\r\n"
            + CsvText.Row(id: "2", meters: "abc") + "\r\n"
            + CsvText.Row(id: "3") + "\r\n");

        // When / Then the bad row starts on physical line 5, column 11 (the metre Distance)
        Assert.Equal(3, csv.RowsRead);
        Assert.Equal(2, csv.Runs.Count);
        Assert.Equal(["1", "3"], csv.Runs.Select(r => r.Id));
        Assert.Equal("activities.csv:5:11 (Distance): \"abc\" is not a number", Assert.Single(csv.Issues).ToString());
    }

    [Theory]
    [InlineData("meters=0.0;display=0", "activities.csv:2:11 (Distance): the distance is zero or empty")]
    [InlineData("meters=;display=", "activities.csv:2:11 (Distance): the distance is zero or empty")]
    [InlineData("meters=56.2;display=0.06", "activities.csv:2:11 (Distance): a run of 56.2 m is too short to train on (under 100 m)")]
    [InlineData("meters=191;display=202", "activities.csv:2:11 (Distance): the metre distance 191 m disagrees with the display distance 202 km; the row may be misaligned")]
    [InlineData("elapsedWhole=)", "activities.csv:2:6 (Elapsed Time): \")\" is not a number")]
    [InlineData("moving=0;elapsed=0;elapsedWhole=0", "activities.csv:2:10 (Moving Time): the moving and elapsed times are zero or empty")]
    [InlineData("moving=1000", "activities.csv:2:10 (Moving Time): pace 1:40 /km (10000 m in 16:40) is faster than 2:00 /km: not a plausible run")]
    [InlineData("moving=12456", "activities.csv:2:10 (Moving Time): pace 20:46 /km (10000 m in 3:27:36) is slower than 20:00 /km: not a plausible run")]
    [InlineData("date=", "activities.csv:2:2 (Activity Date): the activity date is empty")]
    [InlineData("date=tomorrow", "activities.csv:2:2 (Activity Date): \"tomorrow\" is not a date")]
    [InlineData("id=", "activities.csv:2:1 (Activity ID): the activity id is empty")]
    public void Should_skip_an_unusable_run_and_say_exactly_why(string overrides, string expected)
    {
        // Given a run row with one field spoilt
        var values = overrides.Split(';').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        string Get(string key, string fallback) => values.TryGetValue(key, out var v) ? v : fallback;
        var row = CsvText.Row(
            id: Get("id", "1"), date: Get("date", "\"Mar 12, 2024, 6:00:00 PM\""), elapsedWhole: Get("elapsedWhole", "3000"),
            display: Get("display", "10.00"), elapsed: Get("elapsed", "3000.0"), moving: Get("moving", "2950.0"), meters: Get("meters", "10000.0"));

        // When
        var csv = CsvText.Read(CsvText.EnglishHeader, row);

        // Then it is reported as Skipped, with line, column, field and reason, and counted
        var issue = Assert.Single(csv.Issues);
        Assert.Equal(ImportIssueSeverity.Skipped, issue.Severity);
        Assert.Equal(expected, issue.ToString());
        Assert.Empty(csv.Runs);
        Assert.Equal(1, csv.RowsRead);
        Assert.Equal(1, csv.SkippedRows);
    }

    [Fact]
    public void Should_skip_a_row_with_the_wrong_number_of_fields()
    {
        // Given / When
        var csv = CsvText.Read(CsvText.EnglishHeader, "1,\"Mar 12, 2024, 6:00:00 PM\",Run,Run");

        // Then
        Assert.Equal("activities.csv:2: the row has 4 fields but the header has 15; it is cut short or misaligned", Assert.Single(csv.Issues).ToString());
    }

    [Fact]
    public void Should_keep_other_sports_as_other_activities()
    {
        // Given a ride, a swim with no metre distance and a weight session with nothing but time
        var csv = CsvText.Read(
            CsvText.EnglishHeader,
            CsvText.Row(id: "1", type: "Ride", name: "Morning Ride", display: "3.52", meters: "3519.4", moving: "543.0"),
            CsvText.Row(id: "2", type: "Zwemmen", display: "1.50", meters: "", moving: ""),
            CsvText.Row(id: "3", type: "Weight Training", display: "0", meters: "0.0", moving: "", elapsed: "", elapsedWhole: "1800"),
            CsvText.Row(id: "4"));

        // When / Then nothing is dropped
        Assert.Equal(4, csv.RowsRead);
        Assert.Single(csv.Runs);
        Assert.Equal(["Ride", "Zwemmen", "Weight Training"], csv.OtherActivities.Select(o => o.Sport));
        Assert.Equal(3519.4, csv.OtherActivities[0].Distance!.Value.Meters, 6);
        Assert.Equal(1500, csv.OtherActivities[1].Distance!.Value.Meters, 6);
        Assert.Equal(3000, csv.OtherActivities[1].MovingTime!.Value.TotalSeconds, 6);
        Assert.Equal(1800, csv.OtherActivities[2].MovingTime!.Value.TotalSeconds, 6);
        Assert.All(csv.OtherActivities, o => Assert.Equal(ActivitySource.BulkExport, o.Source));
        Assert.Empty(csv.Issues);
    }

    [Fact]
    public void Should_fill_every_run_field_from_the_row()
    {
        // Given
        var csv = CsvText.Read(CsvText.EnglishHeader, CsvText.Row(id: "11573601446", name: "Treadmill tempo", gain: "0.0", heartRate: "", file: "#error#", competition: "1.0"));

        // When
        var run = Assert.Single(csv.Runs);

        // Then
        Assert.Equal("11573601446", run.Id);
        Assert.Equal(ActivitySource.BulkExport, run.Source);
        Assert.Equal("activities.csv", run.SourceFile);
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 18, 0, 0, TimeSpan.Zero), run.StartUtc);
        Assert.Null(run.StartLocal);
        Assert.Equal(0.0, run.ElevationGain!.Value.Meters);
        Assert.Null(run.AverageHeartRate);
        Assert.Null(run.ActivityFileName);
        Assert.True(run.Treadmill);
        Assert.Equal(1, run.StravaWorkoutType);
        Assert.Equal(WorkoutType.Unknown, run.WorkoutType);
        Assert.Equal(SportType.Run, run.SportType);
    }

    [Theory]
    [InlineData("", "", null)]
    [InlineData("", "true", 2)]
    [InlineData("1", "", 1)]
    [InlineData("0.0", "0.0", null)]
    public void Should_map_Strava_competition_and_long_run_flags(string competition, string longRun, int? expected)
    {
        // Given / When
        var run = Assert.Single(CsvText.Read(CsvText.EnglishHeader, CsvText.Row(competition: competition, longRun: longRun)).Runs);

        // Then
        Assert.Equal(expected, run.StravaWorkoutType);
    }

    [Fact]
    public void Should_fall_back_to_the_display_distance_and_elapsed_time_with_warnings()
    {
        // Given nz-harcombe's early rows: metre Distance, Moving Time and float Elapsed Time empty
        var csv = CsvText.Read(CsvText.EnglishHeader, CsvText.Row(id: "1"), CsvText.Row(id: "2", display: "1.91", meters: "", moving: "", elapsed: "", elapsedWhole: "514"));

        // When
        var run = csv.Runs.Single(r => r.Id == "2");

        // Then
        Assert.Equal(1910, run.Distance.Meters, 6);
        Assert.Equal(514, run.MovingTime.TotalSeconds, 6);
        Assert.Equal(
            ["activities.csv:3:11 (Distance): the metre distance is empty; using the display distance 1.91 km",
             "activities.csv:3:10 (Moving Time): the moving time is empty; using the elapsed time"],
            csv.Issues.Select(i => i.ToString()));
        Assert.All(csv.Issues, i => Assert.Equal(ImportIssueSeverity.Warning, i.Severity));
    }

    [Fact]
    public void Should_infer_miles_from_the_ratio_of_the_two_distances()
    {
        // Given a US account: display distances in miles
        var csv = CsvText.Read(CsvText.EnglishHeader, CsvText.Row(id: "1", display: "6.21", meters: "9994.0"), CsvText.Row(id: "2", display: "3.10", meters: ""));

        // When
        var run = csv.Runs.Single(r => r.Id == "2");

        // Then
        Assert.Equal(3.10 * 1609.344, run.Distance.Meters, 6);
        Assert.Equal("activities.csv:3:11 (Distance): the metre distance is empty; using the display distance 3.1 mi", Assert.Single(csv.Issues).ToString());
    }

    [Fact]
    public void Should_assume_km_with_one_warning_when_no_row_has_both_distances()
    {
        // Given
        var csv = CsvText.Read(CsvText.EnglishHeader, CsvText.Row(id: "1", display: "5.00", meters: ""), CsvText.Row(id: "2", display: "6.00", meters: ""));

        // When / Then
        Assert.Equal([5000.0, 6000.0], csv.Runs.Select(r => r.Distance.Meters));
        Assert.Single(csv.Issues, i => i.ToString() == "activities.csv:1:7 (Distance): no row has both distances to tell the display unit; assuming km");
    }

    [Fact]
    public void Should_report_progress_with_the_rows_read()
    {
        // Given
        var progress = new ImportProgressRecorder();
        var rows = Enumerable.Range(1, 250).Select(i => CsvText.Row(id: i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        // When
        var csv = CsvText.Read(string.Join("\n", rows.Prepend(CsvText.EnglishHeader)) + "\n", progress);

        // Then
        Assert.Equal(250, csv.Runs.Count);
        Assert.Equal([100, 200, 250], progress.Reports.Select(p => p.RowsRead));
        Assert.Equal(progress.Reports[^1].TotalBytes, progress.Reports[^1].BytesRead);
    }
}
