using System.Text;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Import.Activities;
using WorkoutGenerator.Import.Gpx;

namespace WorkoutGenerator.Import.Tests.Gpx;

public sealed class GpxReaderTests
{
    private const string Garmin11 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gpx creator="Garmin Connect" version="1.1" xmlns="http://www.topografix.com/GPX/1/1" xmlns:ns3="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
          <trk><name>Lago</name><type>running</type><trkseg>
            <trkpt lat="43.5" lon="10.8"><ele>21.2</ele><time>2024-09-02T16:50:13.000Z</time>
              <extensions><ns3:TrackPointExtension><ns3:hr>131</ns3:hr><ns3:cad>84</ns3:cad></ns3:TrackPointExtension></extensions></trkpt>
            <trkpt lat="43.501" lon="10.8"><ele>22.0</ele><time>2024-09-02T16:51:13.000Z</time></trkpt>
            <trkpt lat="43.502" lon="10.8"></trkpt>
          </trkseg></trk>
        </gpx>
        """;

    [Fact]
    public void Should_read_a_garmin_gpx_with_heart_rate_and_cadence()
    {
        // When
        var recording = Read(Garmin11);

        // Then the point without a time is left out
        Assert.Equal(2, recording.Samples.Count);
        var first = recording.Samples[0];
        Assert.Equal(new DateTimeOffset(2024, 9, 2, 16, 50, 13, TimeSpan.Zero), first.Time);
        Assert.Equal(131, first.HeartRate!.Value.BeatsPerMinute);
        Assert.Equal(84, first.Cadence);
        Assert.Equal(21.2, first.AltitudeMeters);
        Assert.Equal(SportType.Run, recording.Metadata.RunType);
        Assert.Equal("Lago", recording.Metadata.Name);
        Assert.Equal("Garmin Connect", recording.Metadata.Device);
        Assert.Null(recording.Metadata.UtcOffset);
    }

    [Theory]
    [InlineData("9", SportType.Run)]
    [InlineData("Run", SportType.Run)]
    [InlineData("trail_running", SportType.TrailRun)]
    [InlineData("1", null)]
    [InlineData("cycling", null)]
    public void Should_read_the_strava_and_garmin_sport_words(string type, SportType? expected)
    {
        // When
        var recording = Read($"<gpx version=\"1.1\"><trk><type>{type}</type></trk></gpx>");

        // Then
        Assert.Equal(expected, recording.Metadata.RunType);
        Assert.Equal(type, recording.Metadata.Sport);
    }

    [Fact]
    public void Should_read_gpx_1_0_with_speed_and_an_offset_time_after_leading_whitespace()
    {
        // Given GPX 1.0 (its own namespace, <speed> in the point) after blank lines, times with +02:00
        var text = "\n  \n<?xml version=\"1.0\"?><gpx version=\"1.0\" xmlns=\"http://www.topografix.com/GPX/1/0\"><trk><trkseg>"
            + "<trkpt lat=\"1\" lon=\"2\"><time>2020-05-01T07:00:00+02:00</time><speed>3.1</speed></trkpt></trkseg></trk></gpx>";

        // When
        var recording = Read(text);

        // Then
        var sample = Assert.Single(recording.Samples);
        Assert.Equal(new DateTimeOffset(2020, 5, 1, 5, 0, 0, TimeSpan.Zero), sample.Time);
        Assert.Equal(3.1, sample.SpeedMetersPerSecond);
        Assert.Equal(TimeSpan.FromHours(2), recording.Metadata.UtcOffset);
    }

    [Fact]
    public void Should_refuse_a_dtd_so_no_external_entity_is_ever_read()
    {
        // Given an XXE attempt
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "SECRET");
        var text = $"<?xml version=\"1.0\"?>\n<!DOCTYPE gpx [<!ENTITY xxe SYSTEM \"file://{secret}\">]>\n<gpx><trk><name>&xxe;</name></trk></gpx>";

        // When
        var ex = Assert.Throws<ActivityReadException>(() => Read(text));
        File.Delete(secret);

        // Then
        Assert.StartsWith("The XML is malformed: For security reasons DTD is prohibited in this XML document.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(string.Empty, ex.Where);
    }

    [Theory]
    [InlineData("<gpx><trk><trkseg><trkpt lat=\"1\" lon=\"2\"><time>yesterday</time></trkpt></trkseg></trk></gpx>", "\"yesterday\" is not a time.", "line 1, column 48")]
    [InlineData("<kml></kml>", "The root element is <kml>, not <gpx>: not a GPX file.", "line 1, column 2")]
    [InlineData("<gpx><trk>", "The XML is malformed: Unexpected end of file has occurred. The following elements are not closed: trk, gpx. Line 1, position 11.", "line 1, column 11")]
    public void Should_say_where_a_gpx_is_broken(string text, string message, string where)
    {
        // When
        var ex = Assert.Throws<ActivityReadException>(() => Read(text));

        // Then
        Assert.Equal(message, ex.Message);
        Assert.Equal(where, ex.Where);
    }

    private static ActivityRecording Read(string text) => new GpxReader().Read(Encoding.UTF8.GetBytes(text));
}
