using static WorkoutGenerator.Domain.Planning.Coaching.AuditText;

namespace WorkoutGenerator.Domain.Planning.Coaching;

/// <summary>One answer per day: a new plan's first day is what `next` prescribes for it.</summary>
internal static class OneAnswerChecks
{
    public static IReadOnlyList<CoachingRule> Rules { get; } =
    [
        new("NextEqualsPlan", "one answer per day", NextEqualsPlan),
    ];

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
}
