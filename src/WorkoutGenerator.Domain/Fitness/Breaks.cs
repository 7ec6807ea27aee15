namespace WorkoutGenerator.Domain.Fitness;

/// <summary>Breaks in running: the days between runs.</summary>
public static class Breaks
{
    /// <summary>
    /// The longest run of days without a run between <paramref name="from"/> (a run day or the window's start) and
    /// <paramref name="to"/> (exclusive: the day the question is asked, e.g. the race).
    /// </summary>
    public static int Longest(IEnumerable<DateOnly> runDays, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(runDays);
        var days = runDays.Where(d => d >= from && d < to).Distinct().Order().ToList();
        var longest = 0;
        var previous = from.AddDays(-1);
        foreach (var day in days.Append(to))
        {
            longest = Math.Max(longest, day.DayNumber - previous.DayNumber - 1);
            previous = day;
        }

        return longest;
    }
}
