
namespace WorkoutGenerator.Import.Activities;

/// <summary>The fields of one GPX trkpt or TCX Trackpoint while it is being read.</summary>
internal sealed class XmlPoint
{
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public double? Altitude { get; set; }

    public double? Distance { get; set; }

    public double? Speed { get; set; }

    public double? HeartRate { get; set; }

    public double? Cadence { get; set; }

    public DateTimeOffset? Time { get; set; }

    public void Clear()
    {
        Latitude = Longitude = Altitude = Distance = Speed = HeartRate = Cadence = null;
        Time = null;
    }

    /// <summary>The sample, or null for a point without a time (it cannot be placed on the timeline).</summary>
    public ActivitySample? ToSample()
    {
        if (Time is not { } time)
        {
            return null;
        }

        var positioned = Latitude is >= -90 and <= 90 && Longitude is >= -180 and <= 180;
        return new ActivitySample(
            time.ToUniversalTime(),
            positioned ? Latitude : null,
            positioned ? Longitude : null,
            Altitude,
            Distance is >= 0 ? Domain.Units.Distance.FromMeters(Distance.Value) : null,
            Speed is >= 0 ? Speed : null,
            HeartRate is > 0 ? Domain.Units.HeartRate.FromBeatsPerMinute(HeartRate.Value) : null,
            Cadence is >= 0 ? Cadence : null);
    }
}
