using System.Globalization;

namespace WorkoutGenerator.Domain.Runs;

/// <summary>A clock with one offset all year: UTC, the default where no zone is known, and a fixed-offset fallback.</summary>
public sealed record FixedOffsetTimeZone : IRunnerTimeZone
{
    public FixedOffsetTimeZone(TimeSpan offset)
    {
        // Real offsets run from -12:00 to +14:00; DateTimeOffset itself refuses anything beyond ±14:00.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset.Duration(), TimeSpan.FromHours(14), nameof(offset));
        Offset = offset;
    }

    public static FixedOffsetTimeZone Utc { get; } = new(TimeSpan.Zero);

    public TimeSpan Offset { get; }

    public string Id => Offset == TimeSpan.Zero
        ? "UTC"
        : "UTC" + (Offset < TimeSpan.Zero ? "-" : "+") + Offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    public DateTime ToLocal(DateTimeOffset instant) => DateTime.SpecifyKind(instant.UtcDateTime + Offset, DateTimeKind.Unspecified);

    public DateTimeOffset ToInstant(DateTime wallClock) =>
        new(DateTime.SpecifyKind(wallClock - Offset, DateTimeKind.Unspecified), TimeSpan.Zero);
}
