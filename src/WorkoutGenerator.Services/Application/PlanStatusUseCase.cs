using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Services.Planning;

namespace WorkoutGenerator.Services.Application;

/// <summary>The stored plan against what was run, week by week and day by day (<see cref="PlanStatus"/>); reads only.</summary>
public sealed class PlanStatusUseCase
{
    private readonly Workspace _workspace;

    internal PlanStatusUseCase(Workspace workspace) => _workspace = workspace;

    /// <summary>Whether a plan is stored: a host shows a plan's page, or without one only the form to make it.</summary>
    public bool HasActivePlan() => _workspace.Database.Plans.GetActiveRecord() is not null;

    /// <summary>The active plan against the runs up to <paramref name="asOf"/> (default: today on the runner's clock).</summary>
    /// <exception cref="UserFacingException">The day is out of bounds (<see cref="DateBounds"/>), or no plan is stored.</exception>
    public PlanStatusResult Run(DateOnly? asOf = null)
    {
        var (zone, all) = _workspace.LoadRuns();
        var today = _workspace.TodayOn(zone);
        var day = asOf ?? today;
        if (DateBounds.Check(day, today, "The day to compare up to") is { } outOfBounds)
        {
            throw new UserFacingException(outOfBounds);
        }

        var plan = _workspace.Database.Plans.GetActive()
            ?? throw new UserFacingException("No plan stored yet: make one with workoutgen plan --race-date yyyy-MM-dd.");
        var runs = RunHistory.Before(all, day.AddDays(1).ToDateTime(TimeOnly.MinValue));
        return new PlanStatusResult(plan, PlanStatus.Compare(plan, runs, day), day, zone);
    }
}
