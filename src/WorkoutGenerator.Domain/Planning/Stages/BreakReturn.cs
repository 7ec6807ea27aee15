using WorkoutGenerator.Domain.Analytics;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Planning.Stages;

/// <summary>
/// A break or a down spell just before the plan: the last <see cref="Weeks"/> full weeks each under half of the load
/// before them (<see cref="FormerWeekly"/>, the mean of the 6 weeks before the break without the lowest, looked for up
/// to 20 weeks back, so a long break still knows what the runner did before it). Daniels' return-from-break tables
/// restart at a fraction of the former load that shrinks with the break: a week restarts at 75% (the second half of his
/// 6-28 day return), 2-4 weeks at 50%, longer at 33%; never below what the runner ran last week. From there the plan
/// climbs at most +10% a week (Nielsen 2014).
/// </summary>
public sealed record BreakReturn(int Weeks, Distance FormerWeekly, Distance LastWeek)
{
    public const int MaxWeeks = 20;
    public const double LowShare = 0.5;

    /// <summary>Daniels' return fraction for a break of <see cref="Weeks"/> weeks.</summary>
    public double Fraction => Weeks switch
    {
        1 => 0.75,
        <= 4 => 0.5,
        _ => 0.33,
    };

    /// <summary>Where the first week restarts: the fraction of the former load, or last week's running when more.</summary>
    public Distance Restart => Distance.Min(FormerWeekly, Distance.Max(FormerWeekly * Fraction, LastWeek));

    public static BreakReturn? Of(IReadOnlyList<Run> past, DateOnly from)
    {
        ArgumentNullException.ThrowIfNull(past);
        var week = WeeklyVolumes.WeekStartOf(from);
        var volumes = past.GroupBy(run => WeeklyVolumes.WeekStartOf(DateOnly.FromDateTime(run.WallClockStart())))
            .ToDictionary(g => g.Key, g => PlanMath.Sum(g.Select(run => run.Distance)));
        Distance Volume(int back) => volumes.GetValueOrDefault(week.AddDays(-7 * back));
        Distance Former(int after) => Distance.FromMeters(Enumerable.Range(after + 1, 6).Select(back => Volume(back).Meters).Order().Skip(1).Average());
        for (var k = MaxWeeks; k >= 1; k--)
        {
            var former = Former(k);
            if (former > Distance.FromKilometers(10) && Enumerable.Range(1, k).All(back => Volume(back) < former * LowShare))
            {
                return new BreakReturn(k, former, Volume(1));
            }
        }

        return null;
    }

    /// <summary>The Monday of the first low week, for a plan starting on <paramref name="from"/>.</summary>
    public DateOnly FirstLowWeek(DateOnly from) => WeeklyVolumes.WeekStartOf(from).AddDays(-7 * Weeks);

    public string Note => PlanMath.Text($"Back from {Weeks} week{(Weeks == 1 ? string.Empty : "s")} under half your former load ({FormerWeekly} a week): the plan restarts at {Restart} ({Fraction * 100:0}% of it, Daniels' return from a break, or last week's {LastWeek} when more) and climbs at most +{PlanRules.MaxIncrease * 100:0}% a week (Nielsen 2014).");
}
