using System.Xml;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Import.Activities;

namespace WorkoutGenerator.Import.Tcx;

/// <summary>
/// Reads Garmin Training Center XML (TCX v2): Activity Sport, Id, Laps (start, time, distance), Trackpoints
/// (time, position, altitude, cumulative distance, heart rate, cadence) and the ActivityExtension TPX speed and
/// run cadence. Elements are matched by local name, so namespace prefixes do not matter.
/// </summary>
public sealed class TcxReader : IActivityReader
{
    public ActivityFormat Format => ActivityFormat.Tcx;

    public ActivityRecording Read(ReadOnlyMemory<byte> content) => XmlActivityInput.Read(content, Parse);

    private static ActivityRecording Parse(XmlReader reader)
    {
        var state = new TcxState();
        var stack = new List<string>();
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (stack.Count == 0 && reader.LocalName != "TrainingCenterDatabase")
                    {
                        throw new ActivityReadException($"The root element is <{reader.LocalName}>, not <TrainingCenterDatabase>: not a TCX file.");
                    }

                    state.Open(reader);
                    if (!reader.IsEmptyElement)
                    {
                        stack.Add(reader.LocalName);
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA when stack.Count > 0:
                    state.Text(stack, reader.Value);
                    break;
                case XmlNodeType.EndElement:
                    state.Close(reader.LocalName);
                    if (stack.Count > 0)
                    {
                        stack.RemoveAt(stack.Count - 1);
                    }

                    break;
            }
        }

        if (!state.SawActivity)
        {
            throw new ActivityReadException("The document has no <Activity>.");
        }

        return XmlRecording.Build(ActivityFormat.Tcx, state.Samples, state.Laps, state.Sport, null, state.Device, state.Offset, state.Id);
    }

    private sealed class TcxState
    {
        private readonly XmlPoint _point = new();
        private bool _inPoint;
        private DateTimeOffset? _lapStart;
        private double? _lapTime;
        private double? _lapDistance;
        private bool _inLap;

        public List<ActivitySample> Samples { get; } = new(1024);

        public List<ActivityLap> Laps { get; } = [];

        public string? Sport { get; private set; }

        public string? Device { get; private set; }

        public DateTimeOffset? Id { get; private set; }

        public TimeSpan? Offset { get; private set; }

        public bool SawActivity { get; private set; }

        public void Open(XmlReader reader)
        {
            switch (reader.LocalName)
            {
                case "Activity":
                    SawActivity = true;
                    Sport ??= reader.GetAttribute("Sport");
                    break;
                case "Lap":
                    _inLap = !reader.IsEmptyElement;
                    _lapStart = reader.GetAttribute("StartTime") is { } start ? XmlActivityInput.Time(start) : null;
                    _lapTime = _lapDistance = null;
                    break;
                case "Trackpoint":
                    _point.Clear();
                    _inPoint = !reader.IsEmptyElement;
                    break;
            }
        }

        public void Text(List<string> stack, string value)
        {
            var element = stack[^1];
            var parent = stack.Count >= 2 ? stack[^2] : string.Empty;
            if (_inPoint)
            {
                switch (element)
                {
                    case "Time":
                        _point.Time = Remember(XmlActivityInput.Time(value));
                        break;
                    case "LatitudeDegrees":
                        _point.Latitude = XmlActivityInput.Number(value);
                        break;
                    case "LongitudeDegrees":
                        _point.Longitude = XmlActivityInput.Number(value);
                        break;
                    case "AltitudeMeters":
                        _point.Altitude = XmlActivityInput.Number(value);
                        break;
                    case "DistanceMeters":
                        _point.Distance = XmlActivityInput.Number(value);
                        break;
                    case "Value" when parent == "HeartRateBpm":
                        _point.HeartRate = XmlActivityInput.Number(value);
                        break;
                    case "Cadence" or "RunCadence":
                        _point.Cadence = XmlActivityInput.Number(value);
                        break;
                    case "Speed":
                        _point.Speed = XmlActivityInput.Number(value);
                        break;
                }
            }
            else if (_inLap && parent == "Lap")
            {
                if (element == "TotalTimeSeconds")
                {
                    _lapTime = XmlActivityInput.Number(value);
                }
                else if (element == "DistanceMeters")
                {
                    _lapDistance = XmlActivityInput.Number(value);
                }
            }
            else if (element == "Id" && parent == "Activity")
            {
                Id ??= Remember(XmlActivityInput.Time(value));
            }
            else if (element == "Name" && parent == "Creator")
            {
                Device ??= value;
            }
        }

        public void Close(string name)
        {
            if (name == "Trackpoint" && _inPoint)
            {
                _inPoint = false;
                if (_point.ToSample() is { } sample)
                {
                    Samples.Add(sample);
                }
            }
            else if (name == "Lap" && _inLap)
            {
                _inLap = false;
                Laps.Add(new ActivityLap(
                    _lapStart?.ToUniversalTime(),
                    null,
                    _lapTime is >= 0 ? Duration.FromSeconds(_lapTime.Value) : null,
                    _lapDistance is >= 0 ? Distance.FromMeters(_lapDistance.Value) : null));
            }
        }

        private DateTimeOffset Remember(DateTimeOffset time)
        {
            Offset ??= time.Offset != TimeSpan.Zero ? time.Offset : null;
            return time;
        }
    }
}
