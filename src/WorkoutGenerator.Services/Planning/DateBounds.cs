using System.Globalization;

namespace WorkoutGenerator.Services.Planning;

/// <summary>
/// The days a plan, a prescription or a prediction may be asked for. A year ahead is as far as a runner's form,
/// the pace model and a plan's phases mean anything (the longest marathon blocks run 24-30 weeks: Pfitzinger's
/// 18/24, Daniels' 24); it also keeps the day-by-day planning loop short. Before 1990 no runner has GPS data.
/// </summary>
public static class DateBounds
{
    public const int MaxWeeksAhead = 52;

    public static readonly DateOnly Earliest = new(1990, 1, 1);

    public static DateOnly Latest(DateOnly today) => today.AddDays(7 * MaxWeeksAhead);

    /// <summary>Null when <paramref name="day"/> is within bounds, else why not; <paramref name="what"/> names it.</summary>
    public static string? Check(DateOnly day, DateOnly today, string what)
    {
        if (day < Earliest)
        {
            return Text($"{what} {day:yyyy-MM-dd} is before {Earliest:yyyy-MM-dd}: choose a day from {Earliest:yyyy-MM-dd} to {Latest(today):yyyy-MM-dd}.");
        }

        return day > Latest(today)
            ? Text($"{what} {day:yyyy-MM-dd} is more than {MaxWeeksAhead} weeks after today ({today:yyyy-MM-dd}): choose a day from {Earliest:yyyy-MM-dd} to {Latest(today):yyyy-MM-dd}.")
            : null;
    }

    /// <summary>Null when a plan from <paramref name="from"/> to <paramref name="raceDate"/> is neither empty nor too long.</summary>
    public static string? CheckRace(DateOnly raceDate, DateOnly from)
    {
        if (raceDate <= from)
        {
            return Text($"The race date {raceDate:yyyy-MM-dd} is not after {from:yyyy-MM-dd}: a plan needs a race day in the future.");
        }

        return raceDate > Latest(from)
            ? Text($"The race date {raceDate:yyyy-MM-dd} is {(raceDate.DayNumber - from.DayNumber) / 7:N0} weeks after {from:yyyy-MM-dd}: a plan reaches at most {MaxWeeksAhead} weeks ahead, so the race must be on or before {Latest(from):yyyy-MM-dd}.")
            : null;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
