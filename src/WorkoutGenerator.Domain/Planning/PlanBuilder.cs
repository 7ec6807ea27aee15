using System.Globalization;
using WorkoutGenerator.Domain.Analytics;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Planning;

/// <summary>
/// Builds a day-by-day plan to race day by rolling the pace model forward: each planned run is predicted from
/// the history plus the runs planned before it (<see cref="PlannedRun"/>), so the model sees the plan as it
/// unfolds. Weekly volumes follow <see cref="PlanRules"/>; the days follow <see cref="WeekSchedule"/>.
/// Within a week each run gets a weighted part of what is left of the week's target:
/// raw = left * w / (w + sum of the expected weights of the week's later runs), with
/// w = 0.5 * the day's type weight (long 0.28, quality 0.16, easy 0.14, recovery 0.10) + 0.5 * share(p), so the
/// schedule fixes the kind of day and the predicted pace moves its distance (slower, longer); then the usual caps
/// (<see cref="DistanceAssigner.ApplyCaps"/>) plus the week's remaining budget, keeping room for the later runs' floors.
/// </summary>
public static partial class PlanBuilder
{
    public static TrainingPlan Build(IReadOnlyList<Run> history, PlanOptions options, INextRunPacePredictor predictor)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(predictor);
        var schedule = WeekSchedule.For(options.RunsPerWeek, options.LongRunDay);
        if (options.RaceDate <= options.From)
        {
            return Empty(options, Text($"The race date {options.RaceDate:yyyy-MM-dd} is not after the start {options.From:yyyy-MM-dd}: nothing to plan."));
        }

        var fromSlot = options.From.ToDateTime(TimeOnly.MinValue);
        var past = history.Where(run => run.WallClockStart() < fromSlot).ToList();
        var profile = PaceProfile.At(past, fromSlot);
        if (profile is null)
        {
            return Empty(options, Text($"No run of at least 2 km before {options.From:yyyy-MM-dd}: import runs first."));
        }

        var rolling = new Rolling(options, predictor, schedule, past, profile);
        return rolling.Run();
    }

    private static TrainingPlan Empty(PlanOptions options, string warning) => new(options, null, [], [], [warning]);

    internal static double TypeWeight(WorkoutType type) => type switch
    {
        WorkoutType.Long => 0.28,
        WorkoutType.Tempo or WorkoutType.Interval => 0.16,
        WorkoutType.Recovery => 0.10,
        _ => 0.14,
    };

    internal static TimeOnly UsualStart(IReadOnlyList<Run> past)
    {
        var times = past.Where(run => run.StartLocal is not null).TakeLast(50).Select(run => run.StartLocal!.Value.TimeOfDay.TotalMinutes).Order().ToList();
        if (times.Count == 0)
        {
            return new TimeOnly(7, 0);
        }

        var quarter = Math.Round(times[times.Count / 2] / 15) * 15;
        return TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(Math.Min(quarter, (24 * 60) - 15)));
    }

    // Quantities as unit-neutral tokens: the runner reads them in the unit they chose (UnitText.Render at the edge).
    private static string Text(FormattableString text) => UnitText.Of(text);
}
