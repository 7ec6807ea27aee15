using System.Globalization;
using System.Numerics;

namespace WorkoutGenerator.Domain.Units;

/// <summary>Time per distance, stored in seconds per metre. Larger is slower.</summary>
public readonly struct Pace : IEquatable<Pace>, IComparable<Pace>, IFormattable
{
    private Pace(double secondsPerMeter) => SecondsPerMeter = secondsPerMeter;

    public double SecondsPerMeter { get; }

    public double SecondsPerKilometer => SecondsPerMeter * Distance.MetersPerKilometer;

    public double SecondsPerMile => SecondsPerMeter * Distance.MetersPerMile;

    public double MetersPerSecond => 1.0 / SecondsPerMeter;

    public static Pace FromSecondsPerMeter(double secondsPerMeter)
    {
        if (!double.IsFinite(secondsPerMeter) || secondsPerMeter <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(secondsPerMeter), secondsPerMeter, "A pace must be a finite, positive number of seconds per metre.");
        }

        return new Pace(secondsPerMeter);
    }

    public static Pace FromSecondsPerKilometer(double seconds) => FromSecondsPerMeter(seconds / Distance.MetersPerKilometer);

    public static Pace FromSecondsPerMile(double seconds) => FromSecondsPerMeter(seconds / Distance.MetersPerMile);

    public static Pace FromSeconds(double seconds, DistanceUnit unit) => FromSecondsPerMeter(seconds / unit.Meters());

    public static Pace FromSpeed(double metersPerSecond)
    {
        if (!double.IsFinite(metersPerSecond) || metersPerSecond <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(metersPerSecond), metersPerSecond, "A speed must be a finite, positive number of metres per second.");
        }

        return new Pace(1.0 / metersPerSecond);
    }

    /// <summary>The average pace of covering <paramref name="distance"/> in <paramref name="time"/>.</summary>
    public static Pace Of(Distance distance, Duration time)
    {
        if (distance.Meters <= 0 || time.TotalSeconds <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(distance), "A pace needs a positive distance and a positive time.");
        }

        return new Pace(time.TotalSeconds / distance.Meters);
    }

    public double SecondsPer(DistanceUnit unit) => SecondsPerMeter * unit.Meters();

    public Duration TimeFor(Distance distance) => Duration.FromSeconds(SecondsPerMeter * distance.Meters);

    public Distance DistanceIn(Duration time) => Distance.FromMeters(time.TotalSeconds / SecondsPerMeter);

    // Parsing stops here so that a run of digits can never overflow to infinity and make the factory throw:
    // Parse must answer every string with a result, and no runner's pace is 1000 hours per unit.
    private const double MaxParsedSeconds = 1000 * 3600;

    /// <summary>"8:30 /mi" or "5:17 /km", rounded to the second; minutes are not folded into hours.</summary>
    public string Format(DistanceUnit unit)
    {
        // BigInteger, not long: a valid but absurd pace (1e300 s/m) would overflow a checked long cast.
        var total = new BigInteger(Math.Round(SecondsPer(unit), MidpointRounding.AwayFromZero));
        var minutes = BigInteger.DivRem(total, 60, out var seconds);
        return string.Create(CultureInfo.InvariantCulture, $"{minutes}:{(int)seconds:00} /{unit.Symbol()}");
    }

    /// <summary>
    /// Reads "8:30 /mi", "5:17/km", "5:17 min/km" or "1:02:00 /mi". A pace with no unit is read in
    /// <paramref name="defaultUnit"/> when one is given.
    /// </summary>
    public static ParseResult<Pace> Parse(string? text, DistanceUnit? defaultUnit = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<Pace>.Fail("A pace is empty; expected e.g. \"8:30 /mi\" or \"5:17 /km\".", 0);
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var timePart = slash >= 0 ? text[..slash] : text;
        DistanceUnit unit;
        if (slash >= 0)
        {
            var unitText = text[(slash + 1)..];
            if (!DistanceUnitExtensions.TryParse(unitText, out unit))
            {
                return ParseResult<Pace>.Fail($"Unknown pace unit \"{unitText.Trim()}\"; expected \"km\" or \"mi\".", slash + 1);
            }
        }
        else if (defaultUnit is { } fallback)
        {
            unit = fallback;
        }
        else
        {
            return ParseResult<Pace>.Fail("A pace needs a unit, e.g. \"8:30 /mi\" or \"5:17 /km\".", text.Length);
        }

        var trimmed = timePart.TrimEnd();
        if (trimmed.EndsWith("min", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[..^3];
        }

        var offset = timePart.Length - timePart.TrimStart().Length;
        var parts = trimmed.Trim().Split(':');
        if (parts.Length is < 2 or > 3)
        {
            return ParseResult<Pace>.Fail("A pace's time must read m:ss or h:mm:ss.", offset);
        }

        double seconds = 0;
        var position = offset;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var isLast = i == parts.Length - 1;
            var style = isLast ? NumberStyles.AllowDecimalPoint : NumberStyles.None;
            if (part.Length == 0 || !double.TryParse(part, style, CultureInfo.InvariantCulture, out var number))
            {
                return ParseResult<Pace>.Fail($"\"{part}\" is not a whole number of {(isLast ? "seconds" : "minutes or hours")}.", position);
            }

            if (i > 0 && number >= 60)
            {
                return ParseResult<Pace>.Fail($"\"{part}\" must be below 60.", position);
            }

            seconds = seconds * 60 + number;
            if (seconds > MaxParsedSeconds)
            {
                return ParseResult<Pace>.Fail("A pace must be shorter than 1000 hours per unit.", offset);
            }

            position += part.Length + 1;
        }

        if (seconds <= 0)
        {
            return ParseResult<Pace>.Fail("A pace must be longer than 0:00.", offset);
        }

        return ParseResult<Pace>.Ok(FromSeconds(seconds, unit));
    }

    public static bool operator ==(Pace a, Pace b) => a.Equals(b);

    public static bool operator !=(Pace a, Pace b) => !a.Equals(b);

    /// <summary>True when <paramref name="a"/> is faster (fewer seconds per metre).</summary>
    public static bool operator <(Pace a, Pace b) => a.SecondsPerMeter < b.SecondsPerMeter;

    public static bool operator >(Pace a, Pace b) => a.SecondsPerMeter > b.SecondsPerMeter;

    public static bool operator <=(Pace a, Pace b) => a.SecondsPerMeter <= b.SecondsPerMeter;

    public static bool operator >=(Pace a, Pace b) => a.SecondsPerMeter >= b.SecondsPerMeter;

    public bool Equals(Pace other) => SecondsPerMeter.Equals(other.SecondsPerMeter);

    public override bool Equals(object? obj) => obj is Pace other && Equals(other);

    public override int GetHashCode() => SecondsPerMeter.GetHashCode();

    public int CompareTo(Pace other) => SecondsPerMeter.CompareTo(other.SecondsPerMeter);

    public override string ToString() => SecondsPerMeter > 0 ? Format(DistanceUnit.Kilometer) : "(no pace)";

    /// <summary>
    /// "5:17 /km" ("5:17" with <see cref="UnitText.PaceNumberOnly"/>); a unit-neutral token under
    /// <see cref="UnitText.Neutral"/>, for text the runner reads in their own unit.
    /// </summary>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (UnitText.IsNeutral(formatProvider) && SecondsPerMeter > 0)
        {
            return UnitText.Token('p', SecondsPerMeter, format);
        }

        var text = ToString();
        return format == UnitText.PaceNumberOnly && SecondsPerMeter > 0 ? text.Split(' ')[0] : text;
    }
}
