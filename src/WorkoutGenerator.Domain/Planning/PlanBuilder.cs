using System.Globalization;
using WorkoutGenerator.Domain.Analytics;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Planning;

/// <summary>
/// Builds a day-by-day plan to race day the way a marathon coach writes one (docs/coaching.md has every rule and its
/// source): weekly volume from the runner's chronic base to a peak their own history supports, step-back weeks and
/// a race-anchored taper (<see cref="PlanRules"/>), weeks shaped around a long run that grows to the race's need
/// within the single-run cap, quality sessions of their own size, and paces fixed at the start from the runner's
/// own runs (steady paces) and races (Daniels' VDOT). Planned runs count for volume and the single-run cap, never
/// for paces. A new plan's first day is what `next` prescribes for it.
/// </summary>
public static partial class PlanBuilder
{
    /// <summary>The slot `next` prescribes for when it is given a date alone, and so the slot of a new plan's first day.</summary>
    public static readonly TimeOnly FirstDaySlot = new(7, 0);

    public static TrainingPlan Build(IReadOnlyList<Run> history, PlanOptions options, INextRunPacePredictor predictor) =>
        Build(history, options, predictor, seedFirstDay: true);

    private static TrainingPlan Build(IReadOnlyList<Run> history, PlanOptions options, INextRunPacePredictor predictor, bool seedFirstDay)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(predictor);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RunsPerWeek, PlanOptions.MinRunsPerWeek);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.RunsPerWeek, PlanOptions.MaxRunsPerWeek);
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

        return new Coach(options, predictor, past.Where(run => !PlannedRun.IsPlanned(run)).ToList(), profile, seedFirstDay).Run();
    }

    private static TrainingPlan Empty(PlanOptions options, string warning) => new(options, null, [], [], [warning]);

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
