using System.Globalization;

namespace WorkoutGenerator.Domain.Units;

/// <summary>A non-negative length, stored in metres.</summary>
public readonly struct Distance : IEquatable<Distance>, IComparable<Distance>, IFormattable
{
    public const double MetersPerKilometer = 1000.0;
    public const double MetersPerMile = 1609.344;

    /// <summary>The international foot (1959), 0.3048 m exactly.</summary>
    public const double MetersPerFoot = 0.3048;

    private Distance(double meters) => Meters = meters;

    public static Distance Zero => default;

    public double Meters { get; }

    public double Kilometers => Meters / MetersPerKilometer;

    public double Miles => Meters / MetersPerMile;

    public static Distance FromMeters(double meters)
    {
        if (!double.IsFinite(meters) || meters < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(meters), meters, "A distance must be a finite, non-negative number of metres.");
        }

        return new Distance(meters);
    }

    public static Distance FromKilometers(double kilometers) => FromMeters(kilometers * MetersPerKilometer);

    public static Distance FromMiles(double miles) => FromMeters(miles * MetersPerMile);

    public static Distance From(double value, DistanceUnit unit) => FromMeters(value * unit.Meters());

    /// <summary>The value in <paramref name="unit"/>, e.g. 26.2 for a marathon in miles.</summary>
    public double In(DistanceUnit unit) => Meters / unit.Meters();

    /// <summary>"12.34 km" or "7.67 mi".</summary>
    public string Format(DistanceUnit unit, int decimals = 2)
    {
        // "F-1" would be a FormatException far from the caller's mistake; "F100" is beyond what .NET formats.
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 15);
        return In(unit).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + " " + unit.Symbol();
    }

    /// <summary>A climb: "123 m", or "404 ft" for a runner reading miles.</summary>
    public string FormatClimb(DistanceUnit unit) => unit == DistanceUnit.Mile
        ? (Meters / MetersPerFoot).ToString("F0", CultureInfo.InvariantCulture) + " ft"
        : Meters.ToString("F0", CultureInfo.InvariantCulture) + " m";

    public static Distance operator +(Distance a, Distance b) => FromMeters(a.Meters + b.Meters);

    public static Distance operator -(Distance a, Distance b) => FromMeters(a.Meters - b.Meters);

    public static Distance operator *(Distance a, double factor) => FromMeters(a.Meters * factor);

    public static double operator /(Distance a, Distance b) => a.Meters / b.Meters;

    public static bool operator ==(Distance a, Distance b) => a.Equals(b);

    public static bool operator !=(Distance a, Distance b) => !a.Equals(b);

    public static bool operator <(Distance a, Distance b) => a.Meters < b.Meters;

    public static bool operator >(Distance a, Distance b) => a.Meters > b.Meters;

    public static bool operator <=(Distance a, Distance b) => a.Meters <= b.Meters;

    public static bool operator >=(Distance a, Distance b) => a.Meters >= b.Meters;

    public static Distance Max(Distance a, Distance b) => a >= b ? a : b;

    public static Distance Min(Distance a, Distance b) => a <= b ? a : b;

    public bool Equals(Distance other) => Meters.Equals(other.Meters);

    public override bool Equals(object? obj) => obj is Distance other && Equals(other);

    public override int GetHashCode() => Meters.GetHashCode();

    public int CompareTo(Distance other) => Meters.CompareTo(other.Meters);

    public override string ToString() => Format(DistanceUnit.Kilometer);

    /// <summary>
    /// "12.34 km" (a format gives the decimals: "F1", "0"); a unit-neutral token under
    /// <see cref="UnitText.Neutral"/>, for text the runner reads in their own unit.
    /// </summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => UnitText.IsNeutral(formatProvider)
        ? UnitText.Token('d', Meters, format)
        : Format(DistanceUnit.Kilometer, UnitText.Decimals(format));
}
