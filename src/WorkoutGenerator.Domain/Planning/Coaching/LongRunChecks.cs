using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;
using static WorkoutGenerator.Domain.Planning.Coaching.AuditText;

namespace WorkoutGenerator.Domain.Planning.Coaching;

/// <summary>The long runs: where the first starts, what the longest reaches before the taper, and the single-run cap.</summary>
internal static class LongRunChecks
{
    public static IReadOnlyList<CoachingRule> Rules { get; } =
    [
        new("FirstLongRun", "Pfitzinger & Douglas; Frandsen 2025", FirstLongRun),
        new("LongestLongRun", "Pfitzinger & Douglas; Hansons; Daniels", LongestLongRun),
        new("SingleRunCap", "Frandsen 2025", SingleRunCap),
        new("LongRunPeriodised", "Pfitzinger & Douglas", LongRunPeriodised),
        new("LongRunShare", "Daniels", LongRunShare),
        new("LongIsLongest", "Pfitzinger & Douglas; Daniels", LongIsLongest),
    ];

    // Pfitzinger & Douglas: long runs grow and alternate (long, shorter, marathon-pace); the longest comes 2-3 times.
    private static RuleResult LongRunPeriodised(AuditContext c)
    {
        const string name = "LongRunPeriodised";
        var longs = c.BuildWeeks.Select(c.LongRunOf).OfType<Workout>().ToList();
        if (longs.Count < 6)
        {
            return c.Pass(name, "fewer than 6 build weeks with a long run");
        }

        var most = longs.Max(w => w.Distance.Meters);
        var peaks = longs.Count(w => w.Distance.Meters >= most * 0.97);
        for (var i = 2; i < longs.Count; i++)
        {
            var three = longs.Skip(i - 2).Take(3).Select(w => w.Distance.Meters).ToList();
            if (three.Max() <= three.Min() * 1.03)
            {
                return c.Result(name, false, Text($"the same long run ({longs[i].Distance}) three weeks running, up to {longs[i].Date:yyyy-MM-dd}"));
            }
        }

        return c.Result(name, peaks <= 3, Text($"{longs.Count} build long runs vary; {peaks} at the longest ({Distance.FromMeters(most)}; at most 3)"));
    }

    // Daniels: the long run about 25-30% of the week; up to 35%, or the plan says why the race needs more.
    private static RuleResult LongRunShare(AuditContext c)
    {
        const string name = "LongRunShare";
        var said = c.Plan.Warnings.Any(w => w.StartsWith(PlanWarnings.LongRunShare, StringComparison.Ordinal));
        foreach (var week in c.BuildWeeks)
        {
            if (c.LongRunOf(week) is { } longRun && longRun.Distance > (c.Volume(week) * 0.35) + Distance.FromKilometers(1))
            {
                return c.Result(name, said, Text($"week of {week:yyyy-MM-dd}: long run {longRun.Distance} is {longRun.Distance / c.Volume(week) * 100:0}% of {c.Volume(week)} (at most 35%){(said ? "; the plan says why" : string.Empty)}"));
            }
        }

        return c.Pass(name, "every build week's long run within 35% of the week");
    }

    // A run called long is the week's longest: never shorter than the week's tempo or easy runs.
    private static RuleResult LongIsLongest(AuditContext c)
    {
        const string name = "LongIsLongest";
        foreach (var longRun in c.Planned.Where(w => w.Type == WorkoutType.Long))
        {
            var week = WorkoutGenerator.Domain.Analytics.WeeklyVolumes.WeekStartOf(longRun.Date);
            var longer = c.InWeek(week).FirstOrDefault(w => w != longRun && w.Distance > longRun.Distance + Distance.FromMeters(50));
            if (longer is not null)
            {
                return c.Result(name, false, Text($"long run {longRun.Distance} on {longRun.Date:yyyy-MM-dd} shorter than the {longer.Type} {longer.Distance} on {longer.Date:yyyy-MM-dd}"));
            }
        }

        return c.Pass(name, "every long run is its week's longest run");
    }

    /// <summary>What the race's longest training run must reach 7 to 2 weeks out, and its upper bound.</summary>
    public static (Distance Need, Duration? OrTime, Distance Most) LongRunNeed(RaceKind race, Distance recentLongest) => race switch
    {
        RaceKind.Marathon => (Distance.FromKilometers(recentLongest < Distance.FromKilometers(25) ? 25.5 : 29), Duration.FromMinutes(145), Distance.FromKilometers(35.5)),
        RaceKind.HalfMarathon => (Distance.FromKilometers(16), null, Distance.FromKilometers(27)),
        _ => (Distance.FromKilometers(10), null, Distance.FromKilometers(24)),
    };

    private static RuleResult FirstLongRun(AuditContext c)
    {
        const string name = "FirstLongRun";
        if (c.Season.LastRace is not null || c.Season.LastBreak is not null)
        {
            return c.Pass(name, "after a race or a break the long run returns gradually: RecoveryAfterRace's and ReturnFromBreak's to judge");
        }

        var first = c.Planned.FirstOrDefault(w => w.Type == WorkoutType.Long && w.Date < c.RaceDate.AddDays(-14));
        if (first is null)
        {
            return c.Result(name, c.RaceDate.DayNumber - c.From.DayNumber < 21, "no long run before the taper");
        }

        var low = c.Base.RecentWeeklyLongest * 0.75;
        var cap = (c.Longest30Before(first.Date) ?? Distance.Zero) * 1.1;
        var ok = first.Distance.Meters >= low.Meters - 100 && first.Distance <= Distance.Max(cap, TrainingOptions.Default.MinRunDistance) + Distance.FromMeters(1);
        return c.Result(name, ok, Text($"first long run {first.Distance} on {first.Date:yyyy-MM-dd}; 0.75 x recent weekly longest = {low}, 30-day cap = {cap}"));
    }

    public static (bool Reached, string Reason) LongestLongRunReached(AuditContext c)
    {
        var (need, orTime, most) = LongRunNeed(c.Race, c.Base.RecentLongest);
        var window = c.Planned.Where(w => w.Date >= c.RaceDate.AddDays(-49) && w.Date <= c.RaceDate.AddDays(-14)).ToList();
        if (window.Count == 0)
        {
            return (false, "no run 7 to 2 weeks out");
        }

        var longest = window.MaxBy(w => w.Distance.Meters)!;
        var reached = (longest.Distance.Meters >= need.Meters - 50 || (orTime is { } time && longest.Duration >= time)) && longest.Distance <= most;
        return (reached, Text($"longest run 7-2 weeks out {longest.Distance} ({longest.Duration.Format()}) on {longest.Date:yyyy-MM-dd}; needs {need}{(orTime is { } t ? " or " + t.Format() : string.Empty)}, at most {most}"));
    }

    private static RuleResult LongestLongRun(AuditContext c)
    {
        const string name = "LongestLongRun";
        if (c.RaceDate.DayNumber - c.From.DayNumber < 28)
        {
            return c.Pass(name, "under 4 weeks to the race: no long run left to build");
        }

        var (reached, reason) = LongestLongRunReached(c);
        return reached ? c.Pass(name, reason)
            : c.Result(name, c.WarnsThinBase, reason + (c.WarnsThinBase ? "; the plan says the base is thin" : string.Empty));
    }

    // Frandsen 2025: a run over 110% of the longest of the previous 30 days raised injury risk (HR 1.64).
    private static RuleResult SingleRunCap(AuditContext c)
    {
        const string name = "SingleRunCap";
        foreach (var workout in c.Planned)
        {
            var cap = Distance.Max((c.Longest30Before(workout.Date) ?? Distance.Zero) * 1.1, TrainingOptions.Default.MinRunDistance);
            if (workout.Distance > cap + Distance.FromMeters(1))
            {
                return c.Result(name, false, Text($"{workout.Date:yyyy-MM-dd}: {workout.Type} {workout.Distance} over 1.1 x the 30-day longest ({cap})"));
            }
        }

        return c.Pass(name, "every planned run within 1.1 x the longest of its previous 30 days");
    }
}
