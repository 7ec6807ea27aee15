using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;

namespace WorkoutGenerator.Domain.Planning.Coaching;

/// <summary>
/// Checks a plan against the published coaching rules a marathon coach applies (docs/coaching.md gives each one's
/// source and reasoning). Pure: a plan, the runner's runs before it and what `next` said for its first day in,
/// one verdict per rule out. A rule a plan legitimately cannot meet (a thin base) passes only when the plan says so.
/// The checks live in one class per group (volume, long runs, week structure, paces, taper, one answer per day);
/// this class only puts them in one table.
/// </summary>
public static class PlanAudit
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
        .. VolumeChecks.Rules,
        .. LongRunChecks.Rules,
        .. WeekChecks.Rules,
        .. PaceChecks.Rules,
        .. TaperChecks.Rules,
        .. OneAnswerChecks.Rules,
        .. SeasonChecks.Rules,
    ];

    public static IReadOnlyList<RuleResult> Check(TrainingPlan plan, IReadOnlyList<Run> history, Workout? next)
    {
        var context = new AuditContext(plan, history, next);
        return Rules.Select(rule => rule.Check(context)).ToList();
    }

    public static CoachingRule Rule(string name) => Rules.Single(rule => rule.Name == name);
}
