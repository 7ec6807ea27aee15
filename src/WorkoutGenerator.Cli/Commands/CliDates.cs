using System.Globalization;

namespace WorkoutGenerator.Cli.Commands;

/// <summary>The date, time and weekday forms the planning options accept.</summary>
internal static class CliDates
{
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>"yyyy-MM-dd HH:mm", or "yyyy-MM-dd" meaning that day at <paramref name="defaultTime"/>.</summary>
    public static bool TryParseSlot(string? text, TimeOnly defaultTime, out DateTime slot)
    {
        if (DateTime.TryParseExact(text?.Trim(), "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out slot))
        {
            return true;
        }

        if (TryParseDate(text, out var date))
        {
            slot = date.ToDateTime(defaultTime);
            return true;
        }

        return false;
    }

    /// <summary>"sun", "Sunday", "SUN": English names or their first three letters.</summary>
    public static bool TryParseDay(string? text, out DayOfWeek day)
    {
        var wanted = text?.Trim().ToLowerInvariant() ?? string.Empty;
        foreach (var candidate in Enum.GetValues<DayOfWeek>())
        {
            var name = candidate.ToString().ToLowerInvariant();
            if (wanted == name || wanted == name[..3])
            {
                day = candidate;
                return true;
            }
        }

        day = default;
        return false;
    }
}
