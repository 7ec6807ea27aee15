using WorkoutGenerator.Domain.Units;
using static WorkoutGenerator.Domain.Planning.Coaching.AuditText;

namespace WorkoutGenerator.Domain.Planning.Coaching;

/// <summary>Weekly volume: the start from the chronic base, its growth, step-back weeks, the peak and a thin base said.</summary>
internal static class VolumeChecks
{
    public static IReadOnlyList<CoachingRule> Rules { get; } =
    [
        new("StartingVolume", "Pfitzinger & Douglas; Gabbett 2016", StartingVolume),
        new("Progression", "Nielsen 2014", Progression),
        new("StepBack", "Pfitzinger & Douglas; Higdon", StepBack),
        new("PeakVolume", "Pfitzinger & Douglas", PeakVolume),
        new("ThinBaseSaid", "Pfitzinger & Douglas; Daniels", ThinBaseSaid),
    ];

    // The first full week starts from the chronic base, not from the last 7 days (Gabbett 2016).
    private static RuleResult StartingVolume(AuditContext c)
    {
        const string name = "StartingVolume";
        if (c.FullWeeks.Count == 0 || c.Base.ChronicWeekly.Meters <= 0)
        {
            return c.Pass(name, "no full week or no base to compare");
        }

        if (c.Season.LastBreak is not null || c.Season.DownWeek || c.InRecovery(c.FullWeeks[0]))
        {
            return c.Pass(name, "after a break, a down week or a race the start is ReturnFromBreak's, SaferAfterSetback's and RecoveryAfterRace's to judge");
        }

        var first = c.Volume(c.FullWeeks[0]);
        var ratio = first / c.Base.ChronicWeekly;
        return c.Result(name, ratio is >= 0.8 and <= 1.3 || (ratio < 0.8 && c.SaysRunsCapped), Text($"first full week {first} = {ratio:0.00} x the chronic base {c.Base.ChronicWeekly} (0.8-1.3)"));
    }

    // Nielsen 2014: novices raising weekly volume by more than ~30% were injured more; +15% over the largest of
    // the previous 4 weeks keeps well inside that.
    private static RuleResult Progression(AuditContext c)
    {
        const string name = "Progression";
        foreach (var week in c.FullWeeks)
        {
            var volume = c.Volume(week);
            var recent = Enumerable.Range(1, 4).Select(back => c.Volume(week.AddDays(-7 * back))).Max();
            var allowed = Distance.Max(recent * 1.15, Distance.FromKilometers(9));
            if (volume > allowed + Distance.FromMeters(500))
            {
                return c.Result(name, false, Text($"week of {week:yyyy-MM-dd}: {volume} over +15% of the largest of the previous 4 weeks ({recent})"));
            }
        }

        return c.Pass(name, "every full week within +15% of the largest of its previous 4 weeks");
    }

    private static RuleResult StepBack(AuditContext c)
    {
        const string name = "StepBack";
        var weeks = c.BuildWeeks;
        var run = 0;
        foreach (var week in weeks)
        {
            var recent = Enumerable.Range(1, 4).Select(back => c.Volume(week.AddDays(-7 * back))).Max();
            run = c.Volume(week) < recent * 0.9 ? 0 : run + 1;
            if (run >= 5)
            {
                return c.Result(name, false, Text($"5 weeks without a step-back (under 90% of the largest of the previous 4) up to the week of {week:yyyy-MM-dd}"));
            }
        }

        return c.Pass(name, Text($"a step-back at least every 5th week over {weeks.Count} build weeks"));
    }

    // A trained runner is not detrained by the plan, nor pushed far beyond what they have shown they can absorb.
    private static RuleResult PeakVolume(AuditContext c)
    {
        const string name = "PeakVolume";
        var second = c.Base.SecondHighestWeek;
        if (second.Meters <= 0 || c.BuildWeeks.Count < 4)
        {
            return c.Pass(name, "no 26-week history or too few build weeks to judge a peak");
        }

        var ratio = c.Peak / second;
        return c.Result(name, ratio is >= 0.9 and <= 1.5 || (ratio < 0.9 && c.SaysRunsCapped), Text($"peak week {c.Peak} = {ratio:0.00} x the second-highest week of the last 26 ({second}) (0.9-1.5)"));
    }

    private static RuleResult ThinBaseSaid(AuditContext c)
    {
        const string name = "ThinBaseSaid";
        var reason = ThinBase.Assess(c.Base, c.Race, c.From, c.RaceDate);
        if (reason is null)
        {
            var justified = !c.WarnsThinBase || !LongRunChecks.LongestLongRunReached(c).Reached;
            return c.Result(name, justified, !c.WarnsThinBase ? "base sufficient, no warning" : justified ? "base sufficient but the race's long run is out of reach: warned" : "the plan warns of a thin base the runner does not have");
        }

        var said = c.Plan.Warnings.Any(w => w.StartsWith(ThinBase.Opening, StringComparison.Ordinal) && w.Contains("Options:", StringComparison.Ordinal));
        return c.Result(name, said, (said ? "thin base said with options: " : "thin base not said: ") + reason);
    }
}
