using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Planning.Stages;

/// <summary>
/// The runner's real runs before the plan by day: each day's distance and longest run, summed in the history's order
/// (so a week's total is the same to the last bit however it is asked). The 30-day single-run cap and the week
/// volumes are asked for every planned day and week, so they are lookups.
/// </summary>
internal sealed class DoneHistory
{
    private readonly Dictionary<DateOnly, (int Order, Distance Done, Distance Longest)> _days = [];

    public DoneHistory(IReadOnlyList<Run> past)
    {
        ArgumentNullException.ThrowIfNull(past);
        foreach (var run in past)
        {
            var day = DateOnly.FromDateTime(run.WallClockStart());
            _days[day] = _days.TryGetValue(day, out var seen)
                ? (seen.Order, seen.Done + run.Distance, Distance.Max(seen.Longest, run.Distance))
                : (_days.Count, Distance.Zero + run.Distance, run.Distance);
        }
    }

    /// <summary>The distance run on the days in [<paramref name="from"/>, <paramref name="before"/>).</summary>
    public Distance Between(DateOnly from, DateOnly before)
    {
        var found = new List<(int Order, Distance Done)>();
        for (var day = from; day < before; day = day.AddDays(1))
        {
            if (_days.TryGetValue(day, out var seen))
            {
                found.Add((seen.Order, seen.Done));
            }
        }

        return found.OrderBy(x => x.Order).Aggregate(Distance.Zero, (sum, x) => sum + x.Done);
    }

    public Distance? LongestOn(DateOnly day) => _days.TryGetValue(day, out var seen) ? seen.Longest : null;
}
