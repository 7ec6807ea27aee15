using WorkoutGenerator.Domain.Planning.Coaching;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Planning.Stages;

/// <summary>
/// The recovery a race of 10 km or more is owed (<see cref="RaceEffort"/>): Daniels' one easy day per 3 km raced,
/// no session and no long run, then Pfitzinger &amp; Douglas' gradual return (their post-marathon schedule climbs back
/// over 5 weeks): the app's reading is a first week at 1 - 0.6 x (distance / marathon) of the base before the race
/// (40% after a marathon, 70% after a half, 86% after a 10k), climbing evenly to the full base over one week per
/// 10 km raced.
/// </summary>
public sealed record RaceRecovery(DateOnly RaceDate, Distance Raced, Distance BaseBefore)
{
    /// <summary>How far back a race still shapes the plan: the 5 weeks of a marathon's return and a week more.</summary>
    public const int LookBackDays = 42;

    /// <summary>Daniels: one easy day per this much raced.</summary>
    public static readonly Distance PerEasyDay = Distance.FromKilometers(3);

    /// <summary>Daniels: about one easy day per 3 km raced.</summary>
    public int DaysOwed => (int)Math.Ceiling(Raced / PerEasyDay);

    /// <summary>The last of the easy days owed.</summary>
    public DateOnly OwedUntil => RaceDate.AddDays(DaysOwed);

    public int ReturnWeeks => Math.Max(1, (int)Math.Ceiling(Raced.Kilometers / 10));

    public double FirstWeekShare => 1 - (0.6 * Math.Min(1, Raced.Kilometers / 42.195));

    public static RaceRecovery? Of(IReadOnlyList<Run> history, DateOnly from)
    {
        ArgumentNullException.ThrowIfNull(history);
        var race = RaceEffort.Latest(history, from, LookBackDays);
        if (race is null)
        {
            return null;
        }

        var day = DateOnly.FromDateTime(race.WallClockStart());
        return new RaceRecovery(day, race.Distance, RunnerBase.Of(history, day).ChronicWeekly);
    }

    public bool Owes(DateOnly day) => day > RaceDate && day <= OwedUntil;

    /// <summary>The share of the base before the race a week starting on <paramref name="weekStart"/> may carry (1 once recovered).</summary>
    public double ShareFor(DateOnly weekStart)
    {
        var week = Math.Max(0, (weekStart.AddDays(6).DayNumber - RaceDate.DayNumber - 1) / 7);
        return Math.Min(1, FirstWeekShare + ((1 - FirstWeekShare) * week / ReturnWeeks));
    }

    public string Note => PlanMath.Text($"Recovery after the {Raced} race on {RaceDate:yyyy-MM-dd}: {DaysOwed} easy days (no session, no long run) until {OwedUntil:yyyy-MM-dd} (Daniels: about one easy day per {PerEasyDay} raced), then a gradual return from {FirstWeekShare * 100:0}% of your base before it ({BaseBefore}) over {ReturnWeeks} weeks (Pfitzinger & Douglas' post-marathon recovery).");
}
