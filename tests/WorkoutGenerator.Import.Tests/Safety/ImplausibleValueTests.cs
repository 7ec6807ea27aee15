using Microsoft.Extensions.Time.Testing;
using WorkoutGenerator.Import.Strava;
using WorkoutGenerator.Import.Tests.Strava;

namespace WorkoutGenerator.Import.Tests.Safety;

/// <summary>Every stored value is range-checked: a run outside a required range is skipped, an optional value nulled, each with its reason.</summary>
public sealed class ImplausibleValueTests : IDisposable
{
    private static readonly FakeTimeProvider Now = new(new DateTimeOffset(2026, 11, 26, 7, 0, 0, TimeSpan.Zero));

    private readonly string _dir = Directory.CreateTempSubdirectory("wg-range-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("date", "\"Mar 12, 2099, 6:00:00 PM\"", "activities.csv:2:2 (Activity Date): the date 2099-03-12 is in the future")]
    [InlineData("date", "\"Nov 28, 2026, 6:00:00 PM\"", "activities.csv:2:2 (Activity Date): the date 2026-11-28 is in the future")]
    [InlineData("date", "\"Jan 1, 1970, 12:00:00 AM\"", "activities.csv:2:2 (Activity Date): the date 1970-01-01 is before 1990: a broken clock, not a recorded activity")]
    [InlineData("meters", "1e308", "activities.csv:2:11 (Distance): a run of 1E+305 km is longer than any one activity (over 500 km)")]
    [InlineData("meters", "600000", "activities.csv:2:11 (Distance): a run of 600 km is longer than any one activity (over 500 km)")]
    [InlineData("moving", "1e-320", "activities.csv:2:10 (Moving Time): pace 0:00 /km (10000 m in 0:00) is faster than 2:00 /km: not a plausible run")]
    public void Should_skip_a_run_with_an_implausible_required_value(string field, string value, string expected)
    {
        // Given one run row with the value
        var row = field switch
        {
            "date" => CsvText.Row(date: value),
            "meters" => CsvText.Row(meters: value, display: ""),
            _ => CsvText.Row(moving: value),
        };

        // When
        var result = CsvText.ReadAt(Now, CsvText.EnglishHeader, row);

        // Then
        Assert.Empty(result.Runs);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(ImportIssueSeverity.Skipped, issue.Severity);
        Assert.Equal(expected, issue.ToString());
    }

    [Theory]
    [InlineData("heartRate", "1e308", "activities.csv:2:13 (Average Heart Rate): the average heart rate 1E+308 bpm is outside 25-250 bpm; left empty")]
    [InlineData("heartRate", "-5", "activities.csv:2:13 (Average Heart Rate): the average heart rate -5 bpm is outside 25-250 bpm; left empty")]
    [InlineData("heartRate", "12", "activities.csv:2:13 (Average Heart Rate): the average heart rate 12 bpm is outside 25-250 bpm; left empty")]
    [InlineData("gain", "1e308", "activities.csv:2:12 (Elevation Gain): the elevation gain 1E+308 m is more than the run could climb (over its distance or 30,000 m); left empty")]
    [InlineData("gain", "-3", "activities.csv:2:12 (Elevation Gain): the elevation gain is negative; left empty")]
    [InlineData("elapsed", "1e9", "activities.csv:2:9 (Elapsed Time): the elapsed time of 1E+9 s is over 7 days; left empty")]
    public void Should_null_an_implausible_optional_value_with_a_warning(string field, string value, string expected)
    {
        // Given one run row with the value
        var row = field switch
        {
            "heartRate" => CsvText.Row(heartRate: value),
            "gain" => CsvText.Row(gain: value),
            _ => CsvText.Row(elapsed: value),
        };

        // When
        var result = CsvText.ReadAt(Now, CsvText.EnglishHeader, row);

        // Then the run is kept without the value
        var run = Assert.Single(result.Runs);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(ImportIssueSeverity.Warning, issue.Severity);
        Assert.Equal(expected, issue.ToString());
        Assert.Null(field switch
        {
            "heartRate" => (object?)run.AverageHeartRate,
            "gain" => run.ElevationGain,
            _ => run.ElapsedTime,
        });
    }

    [Fact]
    public void Should_skip_another_sport_dated_in_the_future_and_null_its_absurd_distance()
    {
        // Given two rides
        var result = CsvText.ReadAt(Now, CsvText.EnglishHeader, CsvText.Row(id: "1", type: "Ride", date: "\"Mar 12, 2099, 6:00:00 PM\""), CsvText.Row(id: "2", type: "Ride", meters: "1e308", display: ""));

        // When / Then
        var ride = Assert.Single(result.OtherActivities);
        Assert.Null(ride.Distance);
        Assert.Equal(
            [
                "activities.csv:2:2 (Activity Date): the date 2099-03-12 is in the future",
                "activities.csv:3:11 (Distance): the distance 1E+308 m is over 5,000 km; left empty",
            ],
            result.Issues.Select(i => i.ToString()));
    }

    [Fact]
    public void Should_leave_out_an_activity_file_dated_in_the_future_and_null_its_heart_rate()
    {
        // Given a watch folder: a TCX dated 2024 with a heart rate of 300 bpm, and one dated 2099
        File.WriteAllText(Path.Combine(_dir, "a.tcx"), SafetyFiles.Tcx(heartRate: "300"));
        File.WriteAllText(Path.Combine(_dir, "b.tcx"), SafetyFiles.Tcx().Replace("2024-", "2099-", StringComparison.Ordinal));

        // When
        var result = new StravaExportReader(new StravaExportReaderOptions { Time = Now }).Read(_dir);

        // Then
        Assert.Null(Assert.Single(result.Runs).AverageHeartRate);
        Assert.Equal(
            [
                "a.tcx:0: the average heart rate 300 bpm is outside 25-250 bpm; left empty",
                "b.tcx:0: the date 2099-03-12 is in the future; left out",
            ],
            result.Issues.Select(i => i.ToString()).Order(StringComparer.Ordinal));
    }
}
