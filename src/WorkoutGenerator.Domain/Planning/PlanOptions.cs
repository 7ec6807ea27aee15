using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;

namespace WorkoutGenerator.Domain.Planning;

/// <summary>What the runner asks for. Dates are given, never read from a clock, so a plan can be replayed as of any day.</summary>
public sealed record PlanOptions(DateOnly RaceDate, DateOnly From, RaceKind Race = RaceKind.Marathon, int RunsPerWeek = 5, DayOfWeek LongRunDay = DayOfWeek.Sunday)
{
    public TrainingOptions Training { get; init; } = TrainingOptions.Default;

    /// <summary>The start time of planned runs; null = the runner's median start time, or 07:00 when unknown.</summary>
    public TimeOnly? Start { get; init; }

    /// <summary>The runner's clock: planned runs start on it, and their UTC start is read through it.</summary>
    public IRunnerTimeZone TimeZone { get; init; } = FixedOffsetTimeZone.Utc;
}
