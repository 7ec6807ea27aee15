using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Services.Application;

/// <summary>Which stored runs to list; every part is optional and they combine.</summary>
/// <param name="Last">Only the newest N runs (of those the other parts keep).</param>
/// <param name="From">Runs on or after this day (the run's own clock).</param>
/// <param name="To">Runs on or before this day.</param>
/// <param name="Type">Only runs of this workout type.</param>
public sealed record RunFilter(int? Last = null, DateOnly? From = null, DateOnly? To = null, WorkoutType? Type = null)
{
    public int? Last { get; init; } = OptionBounds.LastRuns.Check(Last);

    public static readonly RunFilter All = new();
}
