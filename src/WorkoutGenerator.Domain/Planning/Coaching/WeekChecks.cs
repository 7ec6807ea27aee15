using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;
using static WorkoutGenerator.Domain.Planning.Coaching.AuditText;

namespace WorkoutGenerator.Domain.Planning.Coaching;

/// <summary>A week's shape: medium-long run, easy days under the long run, hard/easy spacing, sessions and their size.</summary>
internal static class WeekChecks
{
    public static IReadOnlyList<CoachingRule> Rules { get; } =
    [
        new("MediumLongRun", "Pfitzinger & Douglas", MediumLongRun),
        new("EasyUnderLong", "Pfitzinger & Douglas; Daniels", EasyUnderLong),
        new("LongNotNextToHard", "Daniels; Pfitzinger & Douglas", LongNotNextToHard),
        new("QualityPerWeek", "Daniels; Hansons", QualityPerWeek),
        new("NoHardBackToBack", "Daniels (hard/easy principle)", NoHardBackToBack),
        new("EasyShare", "Seiler 2010", EasyShare),
        new("SessionSize", "Daniels", SessionSize),
        new("RunsPerWeek", "the runner's own week", RunsPerWeek),
        new("RecoveryRunShort", "Pfitzinger & Douglas", RecoveryRunShort),
        new("EightyTwenty", "Seiler 2010", EightyTwenty),
    ];

    // The runner's week: exactly the runs asked for (race week and the easy days owed after a race aside).
    private static RuleResult RunsPerWeek(AuditContext c)
    {
        const string name = "RunsPerWeek";
        var asked = c.Plan.Options.RunsPerWeek;
        var said = c.Plan.Warnings.Any(w => w.StartsWith(PlanWarnings.FewerRuns, StringComparison.Ordinal));
        foreach (var week in c.FullWeeks.Where(week => !c.InRecovery(week)))
        {
            var runs = c.InWeek(week).Count();
            if (runs != asked && !(runs < asked && said))
            {
                return c.Result(name, false, Text($"week of {week:yyyy-MM-dd}: {runs} runs, {asked} asked"));
            }
        }

        return c.Pass(name, Text($"{asked} runs in every full week{(said ? " (fewer where the plan says the volume cannot hold them)" : string.Empty)}"));
    }

    // Pfitzinger & Douglas: recovery runs of 6-10 km, slow.
    private static RuleResult RecoveryRunShort(AuditContext c)
    {
        const string name = "RecoveryRunShort";
        var over = c.Planned.FirstOrDefault(w => w.Type == WorkoutType.Recovery && w.Distance > Distance.FromKilometers(10.05));
        return over is null ? c.Pass(name, "every recovery run at most 10 km")
            : c.Result(name, false, Text($"{over.Date:yyyy-MM-dd}: recovery run {over.Distance} (at most 10 km)"));
    }

    // Seiler 2010: about 80% of sessions easy; at most one quality session in 3 runs (one at least, to keep intensity).
    private static RuleResult EightyTwenty(AuditContext c)
    {
        const string name = "EightyTwenty";
        var allowed = Math.Max(1, c.Plan.Options.RunsPerWeek / 3);
        foreach (var week in c.FullWeeks)
        {
            var count = c.InWeek(week).Count(w => AuditContext.IsQuality(w.Type));
            if (count > allowed)
            {
                return c.Result(name, false, Text($"week of {week:yyyy-MM-dd}: {count} quality sessions in {c.Plan.Options.RunsPerWeek} runs (at most {allowed})"));
            }
        }

        return c.Pass(name, Text($"at most {allowed} quality sessions a week in {c.Plan.Options.RunsPerWeek} runs"));
    }

    private static RuleResult MediumLongRun(AuditContext c)
    {
        const string name = "MediumLongRun";
        if (c.Plan.Options.RunsPerWeek < 5)
        {
            return c.Pass(name, "fewer than 5 runs a week: no medium-long run asked");
        }

        foreach (var week in c.BuildWeeks.Where(week => !c.InRecovery(week)))
        {
            if (c.LongRunOf(week) is not { } longRun)
            {
                continue;
            }

            var found = c.InWeek(week).Any(w => w.Type is WorkoutType.Easy && w.Distance >= longRun.Distance * 0.58 && w.Distance <= longRun.Distance * 0.77);
            if (!found)
            {
                return c.Result(name, false, Text($"week of {week:yyyy-MM-dd}: no run at 60-75% of the long run ({longRun.Distance})"));
            }
        }

        return c.Pass(name, "every build week has a medium-long run at 60-75% of its long run");
    }

    private static RuleResult EasyUnderLong(AuditContext c)
    {
        const string name = "EasyUnderLong";
        foreach (var week in c.FullWeeks)
        {
            if (c.LongRunOf(week) is not { } longRun)
            {
                continue;
            }

            var over = c.InWeek(week).FirstOrDefault(w => w.Type is WorkoutType.Easy or WorkoutType.Recovery && w.Distance > (longRun.Distance * 0.8) + Distance.FromMeters(100));
            if (over is not null)
            {
                return c.Result(name, false, Text($"{over.Date:yyyy-MM-dd}: {over.Type} {over.Distance} over 0.8 x the week's long run ({longRun.Distance})"));
            }
        }

        return c.Pass(name, "no easy run above 0.8 x its week's long run");
    }

    private static RuleResult LongNotNextToHard(AuditContext c)
    {
        const string name = "LongNotNextToHard";
        var quality = c.Planned.Where(w => AuditContext.IsQuality(w.Type)).Select(w => w.Date).ToHashSet();
        var bad = c.Planned.FirstOrDefault(w => w.Type == WorkoutType.Long && (quality.Contains(w.Date.AddDays(-1)) || quality.Contains(w.Date.AddDays(1))));
        return bad is null ? c.Pass(name, "no long run next to a quality day")
            : c.Result(name, false, Text($"long run on {bad.Date:yyyy-MM-dd} next to a quality session"));
    }

    private static RuleResult QualityPerWeek(AuditContext c)
    {
        const string name = "QualityPerWeek";
        foreach (var week in c.BuildWeeks.Where(week => !c.InRecovery(week)))
        {
            var count = c.InWeek(week).Count(w => AuditContext.IsQuality(w.Type));
            if (count is < 1 or > 3)
            {
                return c.Result(name, false, Text($"week of {week:yyyy-MM-dd}: {count} quality sessions (1-3)"));
            }
        }

        return c.Pass(name, Text($"1-3 quality sessions in each of {c.BuildWeeks.Count} build weeks"));
    }

    private static RuleResult NoHardBackToBack(AuditContext c)
    {
        const string name = "NoHardBackToBack";
        var hard = c.Plan.Workouts.Where(w => AuditContext.IsHard(w.Type)).Select(w => w.Date).ToHashSet();
        var bad = hard.Order().FirstOrDefault(day => hard.Contains(day.AddDays(1)));
        return bad == default ? c.Pass(name, "no two hard days in a row")
            : c.Result(name, false, Text($"hard days on {bad:yyyy-MM-dd} and the day after"));
    }

    /// <summary>Seiler 2010: well-trained endurance athletes do ~75-80% of their training easy.</summary>
    private static RuleResult EasyShare(AuditContext c)
    {
        const string name = "EasyShare";
        var total = c.Planned.Aggregate(Distance.Zero, (sum, w) => sum + w.Distance);
        if (total.Meters <= 0)
        {
            return c.Pass(name, "nothing planned");
        }

        var hard = c.Planned.Aggregate(Distance.Zero, (sum, w) => sum + HardPart(w));
        var easy = 1 - (hard / total);
        return c.Result(name, easy is >= 0.72 and <= 0.92, Text($"{easy * 100:0}% of {total} easy (72-92%)"));
    }

    private static Distance HardPart(Workout workout)
    {
        if (workout.Structure is null)
        {
            return AuditContext.IsQuality(workout.Type) ? workout.Distance : Distance.Zero;
        }

        return workout.Structure.Blocks
            .SelectMany(block => block.Steps.Select(step => (block.Repeats, step)))
            .Where(x => x.step.Intensity != TrainingIntensity.Easy)
            .Aggregate(Distance.Zero, (sum, x) => sum + (x.step.EstimatedDistance * x.Repeats));
    }

    // Daniels: 2-4 km easy before and after quality; the day's distance comes from the session, not from padding.
    private static RuleResult SessionSize(AuditContext c)
    {
        const string name = "SessionSize";
        foreach (var w in c.Planned.Where(w => AuditContext.IsQuality(w.Type)))
        {
            if (w.Structure is not { } structure)
            {
                return c.Result(name, false, Text($"{w.Date:yyyy-MM-dd}: {w.Type} without a structure"));
            }

            var warmUp = structure.Blocks[0].EstimatedDistance;
            var coolDown = structure.Blocks[^1].EstimatedDistance;
            var inRange = warmUp.Kilometers is >= 1.95 and <= 4.05 && coolDown.Kilometers is >= 1.95 and <= 4.05;
            var sums = Math.Abs(structure.EstimatedDistance.Meters - w.Distance.Meters) <= Math.Max(300, w.Distance.Meters * 0.03);
            if (!inRange || !sums)
            {
                return c.Result(name, false, Text($"{w.Date:yyyy-MM-dd}: {w.Type} {w.Distance} with warm-up {warmUp}, cool-down {coolDown}, steps {structure.EstimatedDistance}"));
            }
        }

        return c.Pass(name, "every session has 2-4 km warm-up and cool-down and its steps make the day");
    }
}
