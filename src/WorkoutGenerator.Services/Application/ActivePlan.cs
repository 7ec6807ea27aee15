namespace WorkoutGenerator.Services.Application;

/// <summary>Whether a plan is stored, for a host that shows a plan's page or, without one, only the form to make it.</summary>
public static class ActivePlan
{
    public static bool HasActivePlan(this Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return workspace.Database.Plans.GetActiveRecord() is not null;
    }
}
