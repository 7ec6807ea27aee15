using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;

namespace WorkoutGenerator.Domain.Planning;

/// <summary>What the runner asks for. Dates are given, never read from a clock, so a plan can be replayed as of any day.</summary>
/// <param name="LongRunDay">The long run's weekday; null = the race's weekday, so the long-run rhythm ends on race day.</param>
public sealed record PlanOptions(DateOnly RaceDate, DateOnly From, RaceKind Race = RaceKind.Marathon, int RunsPerWeek = 5, DayOfWeek? LongRunDay = null)
{
    /// <summary>The fewest and most runs a week a plan is made for: one long run at least, one run a day at most.</summary>
    public const int MinRunsPerWeek = 1;

    public const int MaxRunsPerWeek = 7;

    /// <summary>The long run's weekday in the build: the runner's choice, else the race's weekday.</summary>
    public DayOfWeek BuildLongRunDay => LongRunDay ?? RaceDate.DayOfWeek;

    public TrainingOptions Training { get; init; } = TrainingOptions.Default;

    /// <summary>The start time of planned runs; null = the runner's median start time, or 07:00 when unknown.</summary>
    public TimeOnly? Start { get; init; }

    /// <summary>The runner's clock: planned runs start on it, and their UTC start is read through it.</summary>
    public IRunnerTimeZone TimeZone { get; init; } = FixedOffsetTimeZone.Utc;
}
