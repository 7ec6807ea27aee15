namespace WorkoutGenerator.Domain.Fitness;

/// <summary>
/// For each run day of a history, the longest break (days without a run) from that day to a date: one backward
/// pass, so weighing every run of a long history against its breaks stays linear.
/// </summary>
internal sealed class BreaksSince
{
    private readonly List<DateOnly> _days;
    private readonly int[] _longestFrom;

    private BreaksSince(List<DateOnly> days, int[] longestFrom)
    {
        _days = days;
        _longestFrom = longestFrom;
    }

    /// <summary><paramref name="sortedDays"/>: the run days before <paramref name="asOf"/>, oldest first (repeats allowed).</summary>
    public static BreaksSince Of(IReadOnlyList<DateOnly> sortedDays, DateOnly asOf)
    {
        var days = sortedDays.Distinct().ToList();
        var longest = new int[days.Count];
        var next = asOf;
        var running = 0;
        for (var i = days.Count - 1; i >= 0; i--)
        {
            running = Math.Max(running, next.DayNumber - days[i].DayNumber - 1);
            longest[i] = running;
            next = days[i];
        }

        return new BreaksSince(days, longest);
    }

    /// <summary>The longest break after <paramref name="day"/> (a run day) up to the date.</summary>
    public int After(DateOnly day)
    {
        var index = _days.BinarySearch(day);
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "Not a run day of this history.");
        }

        return _longestFrom[index];
    }
}
