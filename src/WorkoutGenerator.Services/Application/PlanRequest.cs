using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Services.Planning;

namespace WorkoutGenerator.Services.Application;

/// <summary>A plan to make (or adapt, when the stored one is for the same race and week).</summary>
/// <param name="From">The plan's first day (default: today on the runner's clock); only runs before it are used.</param>
/// <param name="LongRunDay">The long run's weekday (default: the race's).</param>
/// <param name="Exports">Files to write with the plan, committed only with it.</param>
public sealed record PlanRequest(
    DateOnly RaceDate,
    DateOnly? From = null,
    RaceKind Race = RaceKind.Marathon,
    int RunsPerWeek = 5,
    DayOfWeek? LongRunDay = null,
    PlanExports? Exports = null)
{
    public int RunsPerWeek { get; init; } = OptionBounds.RunsPerWeek.Check(RunsPerWeek);
}
