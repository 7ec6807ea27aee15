using System.Globalization;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;

namespace WorkoutGenerator.Domain.Planning.Coaching;

/// <summary>
/// Checks a plan against the published coaching rules a marathon coach applies (docs/coaching.md gives each one's
/// source and reasoning). Pure: a plan, the runner's runs before it and what `next` said for its first day in,
/// one verdict per rule out. A rule a plan legitimately cannot meet (a thin base) passes only when the plan says so.
/// </summary>
public static partial class PlanAudit
{
    /// <summary>How a plan's warning names a rule it does not meet: "Not met: Rule (source): reason."</summary>
    public const string NotMetOpening = "Not met: ";

    /// <summary>Whether <paramref name="plan"/> says it does not meet <paramref name="rule"/>.</summary>
    public static bool Says(TrainingPlan plan, string rule)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Warnings.Any(w => w.StartsWith(NotMetOpening + rule + " (", StringComparison.Ordinal));
    }

    public static IReadOnlyList<CoachingRule> Rules { get; } =
    [
        .. VolumeRules,
        .. LongRunRules,
        .. WeekRules,
        .. PaceRules,
        .. TaperRules,
        new CoachingRule("NextEqualsPlan", "one answer per day", NextEqualsPlan),
    ];

    public static IReadOnlyList<RuleResult> Check(TrainingPlan plan, IReadOnlyList<Run> history, Workout? next)
    {
        var context = new AuditContext(plan, history, next);
        return Rules.Select(rule => rule.Check(context)).ToList();
    }

    public static CoachingRule Rule(string name) => Rules.Single(rule => rule.Name == name);

    private static RuleResult NextEqualsPlan(AuditContext c)
    {
        const string name = "NextEqualsPlan";
        if (c.Next is not { } next)
        {
            return c.Pass(name, "no `next` given to compare");
        }

        var planned = c.Plan.Workouts.FirstOrDefault(w => w.Date == next.Date);
        if (planned is null)
        {
            return c.Result(name, false, Text($"`next` prescribes {next.Type} {next.Distance} on {next.Date:yyyy-MM-dd}; the plan has no run that day"));
        }

        var same = planned.Type == next.Type
            && Math.Abs(planned.Distance.Meters - next.Distance.Meters) <= 100
            && Math.Abs(planned.TargetPace.SecondsPerKilometer - next.TargetPace.SecondsPerKilometer) <= 1;
        return c.Result(name, same, Text($"`next`: {next.Type} {next.Distance} at {next.TargetPace}; plan: {planned.Type} {planned.Distance} at {planned.TargetPace}"));
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
