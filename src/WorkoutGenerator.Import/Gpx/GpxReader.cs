using System.Xml;
using WorkoutGenerator.Import.Activities;

namespace WorkoutGenerator.Import.Gpx;

/// <summary>
/// Reads GPX 1.0 and 1.1 tracks by local name (so any namespace prefix works): trkpt lat/lon, ele, time, GPX 1.0
/// speed, and heart rate and cadence from Garmin's TrackPointExtension (hr, cad) or Strava's older extension
/// (heartrate, cadence). Points without a time are left out: they cannot be placed on the timeline.
/// </summary>
public sealed class GpxReader : IActivityReader
{
    public ActivityFormat Format => ActivityFormat.Gpx;

    public ActivityRecording Read(ReadOnlyMemory<byte> content) => XmlActivityInput.Read(content, Parse);

    private static ActivityRecording Parse(XmlReader reader)
    {
        var samples = new List<ActivitySample>(1024);
        var stack = new List<string>();
        var point = new XmlPoint();
        string? name = null;
        string? type = null;
        string? creator = null;
        TimeSpan? offset = null;
        var inPoint = false;
        var sawRoot = false;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (stack.Count == 0 && reader.LocalName != "gpx")
                    {
                        throw new ActivityReadException($"The root element is <{reader.LocalName}>, not <gpx>: not a GPX file.");
                    }

                    if (stack.Count == 0)
                    {
                        sawRoot = true;
                        creator = reader.GetAttribute("creator");
                    }

                    if (reader.LocalName is "trkpt")
                    {
                        point.Clear();
                        point.Latitude = XmlActivityInput.Number(reader.GetAttribute("lat") ?? string.Empty);
                        point.Longitude = XmlActivityInput.Number(reader.GetAttribute("lon") ?? string.Empty);
                        inPoint = !reader.IsEmptyElement;
                    }

                    if (!reader.IsEmptyElement)
                    {
                        stack.Add(reader.LocalName);
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA when stack.Count > 0:
                    var value = reader.Value;
                    var element = stack[^1];
                    if (inPoint)
                    {
                        Assign(point, element, value, ref offset);
                    }
                    else if (stack.Count >= 2 && stack[^2] == "trk")
                    {
                        if (element == "name")
                        {
                            name ??= value.Trim();
                        }
                        else if (element == "type")
                        {
                            type ??= value.Trim();
                        }
                    }

                    break;
                case XmlNodeType.EndElement:
                    if (reader.LocalName == "trkpt" && inPoint)
                    {
                        inPoint = false;
                        if (point.ToSample() is { } sample)
                        {
                            samples.Add(sample);
                        }
                    }

                    if (stack.Count > 0)
                    {
                        stack.RemoveAt(stack.Count - 1);
                    }

                    break;
            }
        }

        if (!sawRoot)
        {
            throw new ActivityReadException("The document has no <gpx> element.");
        }

        return XmlRecording.Build(ActivityFormat.Gpx, samples, [], type, name, creator, offset);
    }

    private static void Assign(XmlPoint point, string element, string value, ref TimeSpan? offset)
    {
        switch (element)
        {
            case "ele":
                point.Altitude = XmlActivityInput.Number(value);
                break;
            case "time":
                var time = XmlActivityInput.Time(value);
                point.Time = time;
                offset ??= time.Offset != TimeSpan.Zero ? time.Offset : null;
                break;
            case "speed":
                point.Speed = XmlActivityInput.Number(value);
                break;
            case "hr" or "heartrate":
                point.HeartRate = XmlActivityInput.Number(value);
                break;
            case "cad" or "cadence":
                point.Cadence = XmlActivityInput.Number(value);
                break;
        }
    }
}
