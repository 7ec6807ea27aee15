namespace WorkoutGenerator.Demo;

/// <summary>
/// The season: which weeks build toward a marathon, which taper, recover, step back, or are lost to illness.
/// Training rules come from /work/shared/domain-notes.md ("Training rules with evidence"):
/// step-back week every 3rd or 4th week (Higdon; Garmin's 3+1), a taper of the last 2-3 weeks cutting volume by
/// ~20-25%, ~40%, ~60%.
/// </summary>
internal static class DemoPlan
{
    /// <summary>Weeks of a marathon block before the taper: with a 2-3 week taper a 16-17 week plan, as Higdon's are.</summary>
    public const int BuildWeeks = 14;

    /// <summary>Assumption: the second marathon is this many weeks before the history ends, so it ends in a base phase.</summary>
    private const int WeeksAfterLastMarathon = 10;

    /// <summary>Assumption: a spring and a fall-to-spring cycle: marathons a year apart.</summary>
    private const int WeeksBetweenMarathons = 52;

    private const int RecoveryWeeks = 2;

    public static IReadOnlyList<DemoWeek> Build(DemoAthleteOptions options, DemoRandom random)
    {
        var firstDay = options.LastDay.AddDays(-7 * options.Weeks + 1);
        var firstMonday = firstDay.AddDays(-(((int)firstDay.DayOfWeek + 6) % 7));
        var weekCount = (options.LastDay.DayNumber - firstMonday.DayNumber) / 7 + 1;

        var marathons = PlaceMarathons(weekCount);
        var tapers = marathons.Select(_ => random.Chance(0.5) ? 3 : 2).ToArray();
        var phases = new DemoPhase[weekCount];
        var buildWeek = Enumerable.Repeat(-1, weekCount).ToArray();
        var factor = Enumerable.Repeat(1.0, weekCount).ToArray();
        var marathonOf = Enumerable.Repeat(-1, weekCount).ToArray();

        for (var m = 0; m < marathons.Count; m++)
        {
            MarkBlock(marathons[m], tapers[m], m, phases, buildWeek, factor, marathonOf);
        }

        MarkBaseStepBacks(phases, factor, random);
        MarkBreak(phases, marathons, random);

        return [.. Enumerable.Range(0, weekCount).Select(w =>
            new DemoWeek(w, firstMonday.AddDays(7 * w), phases[w], buildWeek[w], factor[w], marathonOf[w]))];
    }

    /// <summary>Week indexes of the marathons, oldest first; only those with room for a whole block before them.</summary>
    private static List<int> PlaceMarathons(int weekCount)
    {
        var result = new List<int>();
        for (var week = weekCount - 1 - WeeksAfterLastMarathon; week >= BuildWeeks + 4; week -= WeeksBetweenMarathons)
        {
            result.Insert(0, week);
        }

        return result;
    }

    private static void MarkBlock(int race, int taper, int number, DemoPhase[] phases, int[] buildWeek, double[] factor, int[] marathonOf)
    {
        phases[race] = DemoPhase.MarathonWeek;
        marathonOf[race] = number;

        // The race week is the taper's last week; the weeks before it cut volume as domain-notes say: roughly
        // -20-25% three weeks out, -40% two weeks out (the race week itself holds ~40% plus the race).
        double[] cuts = taper == 3 ? [0.6, 0.78] : [0.7];
        for (var k = 1; k < taper; k++)
        {
            phases[race - k] = DemoPhase.Taper;
            factor[race - k] = cuts[k - 1];
            marathonOf[race - k] = number;
        }

        for (var j = 0; j < BuildWeeks; j++)
        {
            var week = race - taper + 1 - BuildWeeks + j;
            marathonOf[week] = number;
            buildWeek[week] = j;

            // 3+1: every 4th week of the block steps back (Higdon; Garmin's 3+1).
            var stepBack = j % 4 == 3;
            phases[week] = stepBack ? DemoPhase.StepBack : DemoPhase.Build;
            factor[week] = stepBack ? 0.72 : 1.0;
        }

        for (var k = 1; k <= RecoveryWeeks && race + k < phases.Length; k++)
        {
            phases[race + k] = DemoPhase.Recovery;
            marathonOf[race + k] = number;
        }
    }

    /// <summary>Base weeks step back every 3rd or 4th week too; the cycle length is drawn each time.</summary>
    private static void MarkBaseStepBacks(DemoPhase[] phases, double[] factor, DemoRandom random)
    {
        var run = 0;
        var cycle = random.Chance(0.5) ? 3 : 4;
        for (var w = 0; w < phases.Length; w++)
        {
            if (phases[w] != DemoPhase.Base)
            {
                run = 0;
                continue;
            }

            run++;
            if (run == cycle)
            {
                phases[w] = DemoPhase.StepBack;
                factor[w] = 0.75;
                run = 0;
                cycle = random.Chance(0.5) ? 3 : 4;
            }
        }
    }

    /// <summary>
    /// Once in the history the athlete is ill (or nursing a niggle) for 1-2 weeks, in a base phase, well away from a
    /// marathon block, and comes back with a week of short easy runs.
    /// </summary>
    private static void MarkBreak(DemoPhase[] phases, List<int> marathons, DemoRandom random)
    {
        var length = random.Chance(0.5) ? 1 : 2;
        var candidates = Enumerable.Range(4, Math.Max(0, phases.Length - 8))
            .Where(w => Enumerable.Range(w - 1, length + 3).All(i => phases[i] is DemoPhase.Base or DemoPhase.StepBack))
            .Where(w => marathons.All(m => Math.Abs(m - w) > 6))
            .ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        var start = random.Pick(candidates);
        for (var i = 0; i < length; i++)
        {
            phases[start + i] = DemoPhase.Break;
        }

        phases[start + length] = DemoPhase.Return;
    }
}
