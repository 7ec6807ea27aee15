using WorkoutGenerator.Domain.Analytics;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Planning.Coaching;

/// <summary>
/// Where the runner stands in their season, as the audit reads it from the runs alone (on its own definitions, so
/// the audit does not take the planner's word): the last race of 10 km or more and the easy days it is owed, a break
/// (two or more full weeks under half the load before them) and a sick or down week just before the plan.
/// </summary>
public sealed record AuditSeason(AuditSeason.Race? LastRace, AuditSeason.Break? LastBreak, bool DownWeek)
{
    /// <summary>A race of 10 km or more, marked or at race level (<see cref="Stages.RaceEffort"/>).</summary>
    public sealed record Race(DateOnly Date, Distance Distance)
    {
        /// <summary>Daniels: about one easy day per 3 km raced.</summary>
        public int DaysOwed => (int)Math.Ceiling(Distance.Kilometers / 3);

        /// <summary>The last day of the easy days owed.</summary>
        public DateOnly OwedUntil => Date.AddDays(DaysOwed);
    }

    /// <param name="FormerWeekly">The mean of the 6 full weeks before the break without the lowest.</param>
    /// <param name="Weeks">How many full weeks before the plan were under half of it.</param>
    public sealed record Break(Distance FormerWeekly, int Weeks);

    public static AuditSeason Of(IReadOnlyList<Run> past, DateOnly from)
    {
        ArgumentNullException.ThrowIfNull(past);
        var runs = past.Where(run => !PlannedRun.IsPlanned(run) && Day(run) < from).ToList();
        var week = WeeklyVolumes.WeekStartOf(from);
        var volumes = runs.GroupBy(run => WeeklyVolumes.WeekStartOf(Day(run))).ToDictionary(g => g.Key, g => g.Sum(run => run.Distance.Meters));
        double Volume(int back) => volumes.GetValueOrDefault(week.AddDays(-7 * back));
        double Chronic(int after) => Enumerable.Range(after + 1, 6).Select(Volume).Order().Skip(1).Average();

        Break? lastBreak = null;
        for (var k = 12; k >= 2; k--)
        {
            var former = Chronic(k);
            if (former > 10_000 && Enumerable.Range(1, k).All(back => Volume(back) < former * 0.5))
            {
                lastBreak = new Break(Distance.FromMeters(former), k);
                break;
            }
        }

        var down = Chronic(1) > 10_000 && Volume(1) < Chronic(1) * 0.6;
        return new AuditSeason(LastRaceBefore(runs, from), lastBreak, down);
    }

    private static Race? LastRaceBefore(List<Run> runs, DateOnly from) =>
        Stages.RaceEffort.Latest(runs, from, 21) is { } race ? new Race(Day(race), race.Distance) : null;

    private static DateOnly Day(Run run) => DateOnly.FromDateTime(run.WallClockStart());
}
