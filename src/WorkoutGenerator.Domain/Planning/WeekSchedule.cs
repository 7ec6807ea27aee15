namespace WorkoutGenerator.Domain.Planning;

/// <summary>
/// Which weekdays are run days and which of them carry quality work. Run days spread evenly from the long-run
/// day (offsets round(i * 7 / n)); quality days are never next to the long run or to each other (no hard day
/// after a hard day), preferring mid-week (3-4 days from the long run). One quality day from 3 runs a week, two from
/// 6, none below (Daniels; Seiler 2010: about 80% of sessions easy).
/// </summary>
public sealed record WeekSchedule(IReadOnlySet<DayOfWeek> RunDays, DayOfWeek LongRunDay, IReadOnlySet<DayOfWeek> QualityDays)
{
    public static WeekSchedule For(int runsPerWeek, DayOfWeek longRunDay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runsPerWeek, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(runsPerWeek, 7);
        var offsets = Enumerable.Range(0, runsPerWeek).Select(i => (int)Math.Round(i * 7.0 / runsPerWeek, MidpointRounding.AwayFromZero)).Distinct().ToList();
        var runDays = offsets.Select(offset => Day(longRunDay, offset)).ToHashSet();
        // Seiler 2010: about one session in five hard; with the long run, one quality day up to 5 runs, two from 6.
        var wanted = runsPerWeek >= 6 ? 2 : runsPerWeek >= 3 ? 1 : 0;
        var quality = new HashSet<DayOfWeek>();
        var hard = new List<int> { 0 };
        foreach (var offset in offsets.Where(o => o != 0).OrderBy(o => Math.Abs(o - 3.5)).ThenBy(o => o))
        {
            if (quality.Count < wanted && hard.All(h => CircularGap(h, offset) > 1))
            {
                quality.Add(Day(longRunDay, offset));
                hard.Add(offset);
            }
        }

        return new WeekSchedule(runDays, longRunDay, quality);
    }

    private static int CircularGap(int a, int b) => Math.Min(Math.Abs(a - b), 7 - Math.Abs(a - b));

    private static DayOfWeek Day(DayOfWeek from, int offset) => (DayOfWeek)(((int)from + offset) % 7);
}
