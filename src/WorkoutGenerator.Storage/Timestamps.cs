using System.Globalization;

namespace WorkoutGenerator.Storage;

/// <summary>
/// Instants are stored as fixed-width ISO-8601 text with all seven fractional digits: it sorts as it reads,
/// and unlike milliseconds it gives back every tick it was given.
/// </summary>
internal static class Timestamps
{
    private const string UtcFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    private const string LocalFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff";

    public static string FormatUtc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(UtcFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseUtc(string text) =>
        DateTimeOffset.ParseExact(text, UtcFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>A wall-clock time with no offset; it comes back with <see cref="DateTimeKind.Unspecified"/>.</summary>
    public static string FormatLocal(DateTime wallClock) =>
        wallClock.ToString(LocalFormat, CultureInfo.InvariantCulture);

    public static DateTime ParseLocal(string text) =>
        DateTime.SpecifyKind(DateTime.ParseExact(text, LocalFormat, CultureInfo.InvariantCulture, DateTimeStyles.None), DateTimeKind.Unspecified);
}
