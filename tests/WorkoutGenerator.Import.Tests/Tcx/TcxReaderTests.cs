using System.Text;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Import.Activities;
using WorkoutGenerator.Import.Tcx;

namespace WorkoutGenerator.Import.Tests.Tcx;

public sealed class TcxReaderTests
{
    private const string Tcx = """
                  <?xml version="1.0" encoding="UTF-8"?>
        <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" xmlns:x="http://www.garmin.com/xmlschemas/ActivityExtension/v2">
          <Activities><Activity Sport="Running"><Id>2017-03-08T04:09:59Z</Id>
            <Lap StartTime="2017-03-08T04:09:59Z"><TotalTimeSeconds>60</TotalTimeSeconds><DistanceMeters>200.5</DistanceMeters>
              <Track>
                <Trackpoint><Time>2017-03-08T04:09:59Z</Time><Position><LatitudeDegrees>-45.01</LatitudeDegrees><LongitudeDegrees>168.73</LongitudeDegrees></Position>
                  <AltitudeMeters>361.5</AltitudeMeters><DistanceMeters>3.9</DistanceMeters><HeartRateBpm><Value>141</Value></HeartRateBpm>
                  <Extensions><x:TPX><x:Speed>3.5</x:Speed><x:RunCadence>86</x:RunCadence></x:TPX></Extensions></Trackpoint>
                <Trackpoint><Time>2017-03-08T04:10:59Z</Time><DistanceMeters>200.5</DistanceMeters></Trackpoint>
              </Track></Lap></Activity></Activities>
          <Author><Name>Not a device</Name></Author>
        </TrainingCenterDatabase>
        """;

    [Fact]
    public void Should_read_laps_trackpoints_and_extensions_after_leading_whitespace()
    {
        // When
        var recording = new TcxReader().Read(Encoding.UTF8.GetBytes(Tcx));

        // Then
        Assert.Equal(SportType.Run, recording.Metadata.RunType);
        Assert.Equal(2, recording.Samples.Count);
        var first = recording.Samples[0];
        Assert.Equal(-45.01, first.Latitude);
        Assert.Equal(361.5, first.AltitudeMeters);
        Assert.Equal(3.9, first.Distance!.Value.Meters);
        Assert.Equal(141, first.HeartRate!.Value.BeatsPerMinute);
        Assert.Equal(3.5, first.SpeedMetersPerSecond);
        Assert.Equal(86, first.Cadence);
        Assert.False(recording.Samples[1].HasPosition);
        var lap = Assert.Single(recording.Laps);
        Assert.Equal(200.5, lap.Distance!.Value.Meters);
        Assert.Equal(60, lap.TimerTime!.Value.TotalSeconds);
        Assert.Equal(200.5, recording.Metadata.TotalDistance!.Value.Meters);
        Assert.Null(recording.Metadata.Device);
    }

    [Theory]
    [InlineData("<gpx/>", "The root element is <gpx>, not <TrainingCenterDatabase>: not a TCX file.", "line 1, column 2")]
    [InlineData("<TrainingCenterDatabase><Activities/></TrainingCenterDatabase>", "The document has no <Activity>.", "line 1, column 63")]
    [InlineData("<!DOCTYPE x [<!ENTITY a \"b\">]><TrainingCenterDatabase/>", "The XML is malformed: For security reasons DTD is prohibited in this XML document. To enable DTD processing set the DtdProcessing property on XmlReaderSettings to Parse and pass the settings into XmlReader.Create method.", "")]
    public void Should_say_where_a_tcx_is_broken(string text, string message, string where)
    {
        // When
        var ex = Assert.Throws<ActivityReadException>(() => new TcxReader().Read(Encoding.UTF8.GetBytes(text)));

        // Then
        Assert.Equal(message, ex.Message);
        Assert.Equal(where, ex.Where);
    }
}
