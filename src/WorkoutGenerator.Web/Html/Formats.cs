using System.Globalization;
using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Web.Html;

/// <summary>Dates as the pages write them: ISO days (sortable, unambiguous in every language) and short labels.</summary>
internal static class Formats
{
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string ShortDay(DateOnly day) => day.ToString("d MMM", CultureInfo.InvariantCulture);

    public static string MonthYear(DateOnly day) => day.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    public static string WeekdayDay(DateOnly day) => day.ToString("ddd yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A run's start: its local clock when known; otherwise the day alone, since a UTC time of day would mislead.</summary>
    public static string Start(Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.StartLocal is { } local
            ? local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : run.StartUtc.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public static string Number(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"Easy", "Long"...: the type as a word; its code picks the colour (<c>type-easy</c>).</summary>
    public static string TypeName(WorkoutType type) => type.ToString();

    public static string TypeClass(WorkoutType type) => "type type-" + type.Code();
}
