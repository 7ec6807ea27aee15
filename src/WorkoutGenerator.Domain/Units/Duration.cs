using System.Globalization;
using System.Numerics;

namespace WorkoutGenerator.Domain.Units;

/// <summary>A non-negative span of time, stored in seconds.</summary>
public readonly struct Duration : IEquatable<Duration>, IComparable<Duration>
{
    private Duration(double seconds) => TotalSeconds = seconds;

    public static Duration Zero => default;

    public double TotalSeconds { get; }

    public double TotalMinutes => TotalSeconds / 60.0;

    public double TotalHours => TotalSeconds / 3600.0;

    public static Duration FromSeconds(double seconds)
    {
        if (!double.IsFinite(seconds) || seconds < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(seconds), seconds, "A duration must be a finite, non-negative number of seconds.");
        }

        return new Duration(seconds);
    }

    public static Duration FromMinutes(double minutes) => FromSeconds(minutes * 60.0);

    public static Duration FromHours(double hours) => FromSeconds(hours * 3600.0);

    public static Duration From(TimeSpan span) => FromSeconds(span.TotalSeconds);

    public TimeSpan ToTimeSpan() => TimeSpan.FromSeconds(TotalSeconds);

    /// <summary>"45:07" under an hour, "1:23:45" from an hour on; rounded to the second.</summary>
    public string Format()
    {
        // BigInteger, not long: a valid but absurd duration (1e30 s) would overflow a checked long cast.
        var total = new BigInteger(Math.Round(TotalSeconds, MidpointRounding.AwayFromZero));
        var hours = BigInteger.DivRem(total, 3600, out var rest);
        var minutes = (int)rest / 60;
        var seconds = (int)rest % 60;
        return hours > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hours}:{minutes:00}:{seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes}:{seconds:00}");
    }

    public static Duration operator +(Duration a, Duration b) => FromSeconds(a.TotalSeconds + b.TotalSeconds);

    public static Duration operator -(Duration a, Duration b) => FromSeconds(a.TotalSeconds - b.TotalSeconds);

    public static Duration operator *(Duration a, double factor) => FromSeconds(a.TotalSeconds * factor);

    public static double operator /(Duration a, Duration b) => a.TotalSeconds / b.TotalSeconds;

    public static bool operator ==(Duration a, Duration b) => a.Equals(b);

    public static bool operator !=(Duration a, Duration b) => !a.Equals(b);

    public static bool operator <(Duration a, Duration b) => a.TotalSeconds < b.TotalSeconds;

    public static bool operator >(Duration a, Duration b) => a.TotalSeconds > b.TotalSeconds;

    public static bool operator <=(Duration a, Duration b) => a.TotalSeconds <= b.TotalSeconds;

    public static bool operator >=(Duration a, Duration b) => a.TotalSeconds >= b.TotalSeconds;

    public bool Equals(Duration other) => TotalSeconds.Equals(other.TotalSeconds);

    public override bool Equals(object? obj) => obj is Duration other && Equals(other);

    public override int GetHashCode() => TotalSeconds.GetHashCode();

    public int CompareTo(Duration other) => TotalSeconds.CompareTo(other.TotalSeconds);

    public override string ToString() => Format();
}
