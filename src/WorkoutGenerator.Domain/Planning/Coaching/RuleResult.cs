namespace WorkoutGenerator.Domain.Planning.Coaching;

/// <summary>One rule's verdict on one plan, with the numbers that decided it.</summary>
public sealed record RuleResult(string Rule, bool Passed, string Reason);

/// <summary>A coaching rule: its name (used as the test and table name), where it comes from, and its check.</summary>
public sealed record CoachingRule(string Name, string Source, Func<AuditContext, RuleResult> Check);
