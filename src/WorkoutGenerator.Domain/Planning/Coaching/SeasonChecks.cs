using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;
using static WorkoutGenerator.Domain.Planning.Coaching.AuditText;

namespace WorkoutGenerator.Domain.Planning.Coaching;

/// <summary>The runner's real season: recovery owed after a race, the return from a break, a down week just before.</summary>
internal static class SeasonChecks
{
    public static IReadOnlyList<CoachingRule> Rules { get; } =
    [
        new("RecoveryAfterRace", "Daniels; Pfitzinger & Douglas", RecoveryAfterRace),
        new("ReturnFromBreak", "Daniels; Nielsen 2014", ReturnFromBreak),
        new("SaferAfterSetback", "Daniels; Frandsen 2025", SaferAfterSetback),
    ];

    // Daniels: about one easy day per 3 km raced, no session and no long run; Pfitzinger & Douglas: a gradual return.
    private static RuleResult RecoveryAfterRace(AuditContext c)
    {
        const string name = "RecoveryAfterRace";
        if (c.Season.LastRace is not { } race || race.OwedUntil < c.From)
        {
            return c.Pass(name, "no race of 10 km or more whose easy days are still owed");
        }

        var owed = c.Planned.Where(w => w.Date <= race.OwedUntil).ToList();
        if (c.Next is { } next && next.Date <= race.OwedUntil)
        {
            owed.Add(next);
        }

        var hard = owed.FirstOrDefault(w => w.Type is WorkoutType.Tempo or WorkoutType.Interval or WorkoutType.Long);
        if (hard is not null)
        {
            return c.Result(name, false, Text($"{hard.Type} {hard.Distance} on {hard.Date:yyyy-MM-dd}, within the {race.DaysOwed} easy days owed after {race.Distance} raced on {race.Date:yyyy-MM-dd}"));
        }

        // The week after the race: at most 70% of the runner's base before it after a half or longer, 90% after a 10k
        // (Pfitzinger & Douglas' first week back after a marathon is lighter still).
        var firstWeek = c.Planned.Where(w => w.Date > race.Date && w.Date <= race.Date.AddDays(7)).Aggregate(Distance.Zero, (sum, w) => sum + w.Distance);
        var before = RunnerBase.Of(c.Past, race.Date).ChronicWeekly;
        var share = race.Distance >= Distance.FromKilometers(20) ? 0.7 : 0.9;
        var ok = before.Meters <= 0 || firstWeek <= (before * share) + Distance.FromKilometers(1);
        return c.Result(name, ok, Text($"{race.DaysOwed} easy days owed after {race.Distance} raced on {race.Date:yyyy-MM-dd}: no session or long run; 7 days after the race {firstWeek} (at most {share} x the base before it, {before})"));
    }

    // Daniels restarts at a fraction of the former load that shrinks with the break's length; the plan then climbs back.
    private static RuleResult ReturnFromBreak(AuditContext c)
    {
        const string name = "ReturnFromBreak";
        if (c.Season.LastBreak is not { } pause || c.FullWeeks.Count == 0)
        {
            return c.Pass(name, "no break of 2 or more weeks just before the plan");
        }

        var first = c.Volume(c.FullWeeks[0]) / pause.FormerWeekly;
        var reachable = c.FullWeeks.Count >= 10;
        var peak = c.Peak / pause.FormerWeekly;
        var restart = first is >= 0.25 and <= 0.85;
        var climbs = !reachable || peak >= 0.75 || c.WarnsThinBase;
        return c.Result(name, restart && climbs, Text($"{pause.Weeks} weeks under half of {pause.FormerWeekly} a week: first full week {first * 100:0}% of it (25-85%), peak {peak * 100:0}% (at least 75% with 10+ weeks, or a thin base said)"));
    }

    // A sick or down week makes the next days safer, never bigger: no long run beyond the last one actually run.
    private static RuleResult SaferAfterSetback(AuditContext c)
    {
        const string name = "SaferAfterSetback";
        if (!c.Season.DownWeek)
        {
            return c.Pass(name, "no down week just before the plan");
        }

        var lastLong = c.Past.Where(run => DateOnly.FromDateTime(run.WallClockStart()) >= c.From.AddDays(-21)).Select(run => run.Distance).DefaultIfEmpty(Distance.Zero).Max();
        var week = c.Planned.Where(w => w.Date < c.From.AddDays(7)).ToList();
        var longest = week.Select(w => w.Distance).DefaultIfEmpty(Distance.Zero).Max();
        var volume = week.Aggregate(Distance.Zero, (sum, w) => sum + w.Distance);
        var ok = longest <= Distance.Max(lastLong, TrainingOptions.Default.MinRunDistance) + Distance.FromMeters(100) && volume <= Distance.Max(c.Base.ChronicWeekly, Distance.FromKilometers(9));
        return c.Result(name, ok, Text($"down week before the plan: first 7 days {volume} (at most the base {c.Base.ChronicWeekly}), longest {longest} (at most the longest of the last 21 days, {lastLong})"));
    }
}
