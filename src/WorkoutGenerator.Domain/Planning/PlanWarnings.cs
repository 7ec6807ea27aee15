namespace WorkoutGenerator.Domain.Planning;

/// <summary>
/// How a plan opens the warnings where the runner's own volume keeps it from a coaching rule, so the runner reads
/// why and the audit can tell a rule said from a rule broken.
/// </summary>
public static class PlanWarnings
{
    /// <summary>The race's long run needs more of the week than Daniels' ~25-35% at the runner's volume.</summary>
    public const string LongRunShare = "Long runs over 35% of the week: ";

    /// <summary>The week's volume over the runs asked for would make easy runs longer than a coach asks.</summary>
    public const string EasyRunsCapped = "Easy runs capped: ";

    /// <summary>The week's volume cannot hold the runs asked for at the shortest prescribed distance.</summary>
    public const string FewerRuns = "Fewer runs than asked: ";
}
