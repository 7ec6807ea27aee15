using System.Globalization;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Runs;

/// <summary>
/// The range every stored value must lie in: the import checks each row against it, and the database's reader
/// checks each stored row again (a row changed outside the app is reported as damage, never trained on). A run outside the required ranges (start, distance, pace) is skipped;
/// an optional value outside its range (elapsed time, heart rate, elevation gain) is left empty; both with a
/// reason the summary shows. The bounds, and why:
/// <list type="bullet">
/// <item>Pace 2:00-20:00 /km: faster is faster than the 800 m world record (1:40.91, 2:06 /km; only a sprint of
/// 400 m or less goes faster, not a run this app trains on); slower is a walk, a hike or a watch left running.</item>
/// <item>Distance 100 m-500 km: under 100 m is a start/stop mistake; the 48-hour track record (Kouros, 1996) is
/// 473 km, more than anyone covers in one activity.</item>
/// <item>Times up to 7 days: a 500 km run at 20:00 /km takes just under 7 days; a longer clock is a watch left on.</item>
/// <item>Heart rate 25-250 bpm: the lowest resting rates recorded in endurance athletes are about 26-28 bpm
/// (Induráin 28); maximal rates rarely exceed 220 (Tanaka, Monahan &amp; Seals 2001, HRmax = 208 - 0.7 x age), 250 leaves room.</item>
/// <item>Elevation gain up to 30,000 m and no more than the distance: the Tor des Géants (330 km, ~24,000 m) is about
/// the most one activity climbs, and a grade over 100% on average is a ladder, not a run.</item>
/// <item>Start from 1990-01-01 to one day after now: consumer GPS running watches came in the 2000s (Garmin's
/// first Forerunner, 2003), and a day of slack covers a device clock set to the wrong time zone; 1970 or 2099 is a broken clock.</item>
/// </list>
/// </summary>
public static class RunRules
{
    public static readonly Pace FastestPace = Pace.FromSecondsPerKilometer(120);

    public static readonly Pace SlowestPace = Pace.FromSecondsPerKilometer(1200);

    public static readonly Distance ShortestRun = Distance.FromMeters(100);

    public static readonly Distance LongestActivity = Distance.FromKilometers(500);

    public static readonly Duration LongestTime = Duration.FromSeconds(7 * 24 * 3600);

    public const double LowestHeartRate = 25;

    public const double HighestHeartRate = 250;

    public static readonly Distance MostElevationGain = Distance.FromMeters(30_000);

    public static readonly DateTimeOffset EarliestStart = new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan FutureSlack = TimeSpan.FromDays(1);

    /// <summary>Why a start time cannot be a recorded activity, or null when it can.</summary>
    public static string? CheckStart(DateTimeOffset start, DateTimeOffset now)
    {
        if (start < EarliestStart)
        {
            return $"the date {Day(start)} is before 1990: a broken clock, not a recorded activity";
        }

        return start > now + FutureSlack ? $"the date {Day(start)} is in the future" : null;
    }

    /// <summary>Why a run's distance is implausible (too short or too long), or null.</summary>
    public static string? CheckRunDistance(Distance distance)
    {
        if (distance < ShortestRun)
        {
            return $"a run of {Format(distance.Meters)} m is too short to train on (under 100 m)";
        }

        return distance > LongestActivity ? $"a run of {Km(distance)} is longer than any one activity (over 500 km)" : null;
    }

    /// <summary>Why a run's pace is implausible, or null. Compared as numbers: a pace of zero (a time of 1e-320 s) has no <see cref="Pace"/>.</summary>
    public static string? CheckPace(Distance distance, Duration moving)
    {
        var secondsPerKilometer = moving.TotalSeconds / distance.Kilometers;
        if (secondsPerKilometer >= FastestPace.SecondsPerKilometer && secondsPerKilometer <= SlowestPace.SecondsPerKilometer)
        {
            return null;
        }

        var shown = secondsPerKilometer > 1e-3 && double.IsFinite(secondsPerKilometer)
            ? Pace.FromSecondsPerKilometer(secondsPerKilometer).Format(DistanceUnit.Kilometer)
            : "0:00 /km";
        var limit = secondsPerKilometer < FastestPace.SecondsPerKilometer ? "faster than 2:00 /km" : "slower than 20:00 /km";
        return $"pace {shown} ({Format(distance.Meters)} m in {moving.Format()}) is {limit}: not a plausible run";
    }

    /// <summary>Why an optional time (elapsed, or an other sport's moving time) is left empty, or null to keep it.</summary>
    public static string? CheckOptionalSeconds(string what, double seconds) =>
        seconds < 0 ? $"the {what} is negative; left empty"
        : seconds > LongestTime.TotalSeconds ? $"the {what} of {Format(seconds)} s is over 7 days; left empty"
        : null;

    /// <summary>Why an average heart rate is left empty, or null to keep it.</summary>
    public static string? CheckHeartRate(double bpm) =>
        bpm is >= LowestHeartRate and <= HighestHeartRate
            ? null
            : $"the average heart rate {Format(bpm)} bpm is outside 25-250 bpm; left empty";

    /// <summary>Why an elevation gain is left empty, or null to keep it.</summary>
    public static string? CheckElevationGain(double meters, Distance distance)
    {
        if (meters < 0)
        {
            return "the elevation gain is negative; left empty";
        }

        return meters > MostElevationGain.Meters || meters > Math.Max(distance.Meters, 1)
            ? $"the elevation gain {Format(meters)} m is more than the run could climb (over its distance or 30,000 m); left empty"
            : null;
    }

    /// <summary>Why an other sport's distance is left empty, or null to keep it; rides go further than runs (the 24-hour cycling record is over 1,000 km), 5,000 km leaves room for a tour logged as one.</summary>
    public static string? CheckOtherDistance(double meters) =>
        meters < 0 ? "the distance is negative; left empty"
        : meters > 5_000_000 ? $"the distance {Format(meters)} m is over 5,000 km; left empty"
        : null;

    /// <summary>A number as the messages show it: up to three decimals, an exponent past a billion.</summary>
    public static string Format(double value) =>
        value.ToString(Math.Abs(value) < 1e9 ? "0.###" : "0.###E+0", CultureInfo.InvariantCulture);

    private static string Day(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Km(Distance distance) => distance.Kilometers.ToString(distance.Kilometers < 1e9 ? "0.#" : "0.#E+0", CultureInfo.InvariantCulture) + " km";
}
