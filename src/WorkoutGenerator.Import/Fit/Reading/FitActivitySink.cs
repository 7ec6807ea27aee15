using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Import.Activities;

namespace WorkoutGenerator.Import.Fit.Reading;

/// <summary>Collects the activity messages as the decoder meets them. Scale and offset per field follow the FIT profile.</summary>
internal sealed class FitActivitySink : IFitMessageSink
{
    private const double SemicirclesToDegrees = 180.0 / 2147483648.0;

    private readonly List<ActivitySample> _samples = new(4096);
    private readonly List<ActivityLap> _laps = [];
    private readonly List<TimerPause> _pauses = [];
    private DateTimeOffset? _timerStoppedAt;
    private int? _manufacturer;
    private int? _product;
    private long? _serial;
    private DateTimeOffset? _created;
    private int? _sport;
    private int? _subSport;
    private DateTimeOffset? _sessionStart;
    private double _sessionDistance;
    private double _sessionElapsed;
    private double _sessionTimer;
    private double _sessionAscent;
    private bool _hasSession;
    private TimeSpan? _utcOffset;

    public void OnMessage(FitMessage message)
    {
        switch (message.Global)
        {
            case FitProfile.FileId:
                _manufacturer ??= Int(message[1]);
                _product ??= Int(message[2]);
                _serial ??= message[3] is { } serial && serial is > 0 and <= uint.MaxValue ? (long)serial : null;
                _created ??= FitProfile.Time(message[4]);
                break;
            case FitProfile.Record:
                OnRecord(message);
                break;
            case FitProfile.Event:
                OnEvent(message);
                break;
            case FitProfile.Lap:
                _laps.Add(new ActivityLap(FitProfile.Time(message[2]), Seconds(message.Scaled(7, 1000)), Seconds(message.Scaled(8, 1000)), Meters(message.Scaled(9, 100))));
                break;
            case FitProfile.Session:
                OnSession(message);
                break;
            case FitProfile.Activity:
                OnActivity(message);
                break;
        }
    }

    public ActivityRecording Build()
    {
        if (_samples.Count == 0 && !_hasSession)
        {
            throw new ActivityReadException("The FIT file holds neither records nor a session: it is not an activity.");
        }

        // Devices write records in time order; a file that does not is put in order rather than rejected.
        if (!IsSorted())
        {
            var sorted = _samples.OrderBy(s => s.Time).ToList();
            _samples.Clear();
            _samples.AddRange(sorted);
        }

        var metadata = new ActivityMetadata
        {
            Format = ActivityFormat.Fit,
            Sport = _sport is { } sport ? FitProfile.SportName(sport) : null,
            SubSport = _subSport?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            RunType = FitProfile.RunType(_sport, _subSport),
            TreadmillFlag = _sport == FitProfile.SportRunning && _subSport == FitProfile.SubSportTreadmill,
            StartUtc = _samples.Count > 0 ? _samples[0].Time : _sessionStart,
            UtcOffset = _utcOffset,
            Device = FitProfile.Device(_manufacturer, _product),
            FitSerialNumber = _serial,
            FitTimeCreated = _created,
            TotalDistance = _hasSession ? Distance.FromMeters(_sessionDistance) : null,
            TotalElapsedTime = _hasSession ? Duration.FromSeconds(_sessionElapsed) : null,
            TotalTimerTime = _hasSession ? Duration.FromSeconds(_sessionTimer) : null,
            TotalAscent = _hasSession && _sessionAscent > 0 ? Distance.FromMeters(_sessionAscent) : null,
        };
        return new ActivityRecording(metadata, _samples.ToArray(), _laps.ToArray(), _pauses.ToArray());
    }

    private void OnRecord(FitMessage m)
    {
        if (FitProfile.Time(m[FitDecoder.TimestampField]) is not { } time)
        {
            return;
        }

        var lat = m[0] is { } la ? la * SemicirclesToDegrees : (double?)null;
        var lon = m[1] is { } lo ? lo * SemicirclesToDegrees : (double?)null;
        if (lat is not (>= -90 and <= 90) || lon is not (>= -180 and <= 180))
        {
            lat = lon = null;
        }

        var altitude = m.Scaled(78, 5, 500) ?? m.Scaled(2, 5, 500);
        var speed = m.Scaled(73, 1000) ?? m.Scaled(6, 1000);
        var heartRate = m[3] is { } hr && hr > 0 ? HeartRate.FromBeatsPerMinute(hr) : (HeartRate?)null;
        _samples.Add(new ActivitySample(time, lat, lon, altitude, Meters(m.Scaled(5, 100)), speed is >= 0 ? speed : null, heartRate, m[4]));
    }

    private void OnEvent(FitMessage m)
    {
        // event 0 = timer; event_type 0 = start, 1 = stop, 4 = stop_all, 8 = stop_disable, 9 = stop_disable_all.
        if (m[0] != 0 || FitProfile.Time(m[FitDecoder.TimestampField]) is not { } time)
        {
            return;
        }

        switch (m[1])
        {
            case 1 or 4 or 8 or 9:
                _timerStoppedAt ??= time;
                break;
            case 0 when _timerStoppedAt is { } stopped:
                if (time > stopped)
                {
                    _pauses.Add(new TimerPause(stopped, time));
                }

                _timerStoppedAt = null;
                break;
        }
    }

    private void OnSession(FitMessage m)
    {
        _hasSession = true;
        _sessionStart ??= FitProfile.Time(m[2]);
        _sport ??= Int(m[5]);
        _subSport ??= Int(m[6]);
        _sessionElapsed += m.Scaled(7, 1000) is { } e && e >= 0 ? e : 0;
        _sessionTimer += m.Scaled(8, 1000) is { } t && t >= 0 ? t : 0;
        _sessionDistance += m.Scaled(9, 100) is { } d && d >= 0 ? d : 0;
        _sessionAscent += m[22] is { } a && a >= 0 ? a : 0;
    }

    private void OnActivity(FitMessage m)
    {
        // local_timestamp - timestamp is the device's UTC offset at the end of the activity; rounded to the minute,
        // and ignored beyond the ±14 h that real zones span.
        if (m[FitDecoder.TimestampField] is { } utc && m[5] is { } local && utc >= FitProfile.MinimumCalendarTime && local is >= 0 and <= uint.MaxValue)
        {
            var minutes = Math.Round((local - utc) / 60.0);
            if (Math.Abs(minutes) <= 14 * 60)
            {
                _utcOffset = TimeSpan.FromMinutes(minutes);
            }
        }
    }

    private bool IsSorted()
    {
        for (var i = 1; i < _samples.Count; i++)
        {
            if (_samples[i].Time < _samples[i - 1].Time)
            {
                return false;
            }
        }

        return true;
    }

    private static int? Int(double? value) => value is { } v && v is >= int.MinValue and <= int.MaxValue ? (int)v : null;

    private static Distance? Meters(double? value) => value is { } v && v >= 0 && double.IsFinite(v) ? Distance.FromMeters(v) : null;

    private static Duration? Seconds(double? value) => value is { } v && v >= 0 && double.IsFinite(v) ? Duration.FromSeconds(v) : null;
}
