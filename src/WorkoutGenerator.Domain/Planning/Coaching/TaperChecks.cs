using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;
using static WorkoutGenerator.Domain.Planning.Coaching.AuditText;

namespace WorkoutGenerator.Domain.Planning.Coaching;

/// <summary>The taper and race week: its length, race week's volume, intensity kept, no late long run, the long-run day.</summary>
internal static class TaperChecks
{
    public static IReadOnlyList<CoachingRule> Rules { get; } =
    [
        new("TaperLength", "Bosquet 2007; Mujika & Padilla 2003", TaperLength),
        new("RaceWeekVolume", "Bosquet 2007; Mujika & Padilla 2003", RaceWeekVolume),
        new("TaperKeepsIntensity", "Bosquet 2007", TaperKeepsIntensity),
        new("NoLongRunInFinalDays", "Pfitzinger & Douglas; Daniels", NoLongRunInFinalDays),
        new("LongRunDayFollowsRace", "Pfitzinger & Douglas", LongRunDayFollowsRace),
    ];

    private static bool TooShortForTaper(AuditContext c) => c.RaceDate.DayNumber - c.From.DayNumber < 35;

    private static RuleResult TaperLength(AuditContext c)
    {
        const string name = "TaperLength";
        if (TooShortForTaper(c) || c.Peak.Meters <= 0)
        {
            return c.Pass(name, "under 5 weeks to the race: no build to taper from");
        }

        var last = c.FullWeeks.Last(week => c.Volume(week) >= c.Peak * 0.9);
        var days = c.RaceDate.DayNumber - last.AddDays(6).DayNumber;
        var (low, high) = c.Race == RaceKind.Marathon ? (10, 24) : (7, 17);
        return c.Result(name, days >= low && days <= high, Text($"last week at >= 90% of the peak ({c.Volume(last)} of {c.Peak}) ends {days} days before the race ({low}-{high})"));
    }

    private static Distance LastDays(AuditContext c, int days) =>
        c.Past.Where(run => DateOnly.FromDateTime(run.WallClockStart()) >= c.RaceDate.AddDays(-days)).Aggregate(Distance.Zero, (sum, run) => sum + run.Distance) +
        c.Planned.Where(w => w.Date >= c.RaceDate.AddDays(-days)).Aggregate(Distance.Zero, (sum, w) => sum + w.Distance);

    private static RuleResult RaceWeekVolume(AuditContext c)
    {
        const string name = "RaceWeekVolume";
        if (TooShortForTaper(c) || c.Peak.Meters <= 0)
        {
            return c.Pass(name, "under 5 weeks to the race: no peak to taper from");
        }

        var ratio = LastDays(c, 7) / c.Peak;
        return c.Result(name, ratio is >= 0.30 and <= 0.65, Text($"last 7 days {LastDays(c, 7)} = {ratio * 100:0}% of the peak week {c.Peak} (30-65%)"));
    }

    private static RuleResult TaperKeepsIntensity(AuditContext c)
    {
        const string name = "TaperKeepsIntensity";
        if (c.RaceDate.DayNumber - c.From.DayNumber < 14)
        {
            return c.Pass(name, "under 14 days to the race");
        }

        var sessions = c.Planned.Count(w => w.Date >= c.RaceDate.AddDays(-14) && w.Type == WorkoutType.Tempo);
        return c.Result(name, sessions >= 2, Text($"{sessions} short marathon-pace or threshold sessions in the last 14 days (at least 2)"));
    }

    private static RuleResult NoLongRunInFinalDays(AuditContext c)
    {
        const string name = "NoLongRunInFinalDays";
        var final = c.Planned.Where(w => w.Date >= c.RaceDate.AddDays(-5)).ToList();
        var most = c.Race switch { RaceKind.Marathon => 16, RaceKind.HalfMarathon => 13, _ => 10 };
        var longest = final.Select(w => w.Distance).DefaultIfEmpty(Distance.Zero).Max();
        var ok = final.All(w => w.Type != WorkoutType.Long) && longest <= Distance.FromKilometers(most);
        return c.Result(name, ok, Text($"final 5 days: {final.Count(w => w.Type == WorkoutType.Long)} long runs, longest {longest} (at most {most} km)"));
    }

    private static RuleResult LongRunDayFollowsRace(AuditContext c)
    {
        const string name = "LongRunDayFollowsRace";
        if (c.RaceDate.DayNumber - c.From.DayNumber < 14)
        {
            return c.Pass(name, "under 14 days to the race");
        }

        var last = c.Planned.LastOrDefault(w => w.Type == WorkoutType.Long);
        return last is null ? c.Result(name, false, "no long run in the plan")
            : c.Result(name, last.Date.DayOfWeek == c.RaceDate.DayOfWeek, Text($"last long run on a {last.Date.DayOfWeek} ({last.Date:yyyy-MM-dd}), race on a {c.RaceDate.DayOfWeek}"));
    }
}
