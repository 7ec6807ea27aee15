using NodaTime;
using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Services.TimeZones;

/// <summary>A runner's clock backed by a NodaTime zone (the IANA TZDB NodaTime ships, so every machine agrees).</summary>
public sealed record TzdbRunnerTimeZone : IRunnerTimeZone
{
    public TzdbRunnerTimeZone(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        Zone = zone;
    }

    public DateTimeZone Zone { get; }

    public string Id => Zone.Id;

    public DateTime ToLocal(DateTimeOffset instant) =>
        Instant.FromDateTimeOffset(instant).InZone(Zone).LocalDateTime.ToDateTimeUnspecified();

    // Lenient: a skipped time moves forward by the gap, a repeated one takes the earlier instant, as documented
    // on IRunnerTimeZone; a plan must never fail on a DST night.
    public DateTimeOffset ToInstant(DateTime wallClock) =>
        LocalDateTime.FromDateTime(wallClock).InZoneLeniently(Zone).ToInstant().ToDateTimeOffset();

    public override string ToString() => Id;
}
