using System.Globalization;
using WorkoutGenerator.Domain.Analytics;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;

namespace WorkoutGenerator.Domain.Planning;

public static partial class PlanBuilder
{
    /// <summary>
    /// Re-plans the rest of <paramref name="plan"/> from <paramref name="today"/> on what was really run: the past
    /// workouts stay as they were (so <see cref="PlanStatus.Compare"/> still sees them), the rest is built afresh
    /// from the actual history, so missed runs lower and extra runs raise the base the next weeks grow from.
    /// </summary>
    public static TrainingPlan AdaptRemaining(TrainingPlan plan, IReadOnlyList<Run> history, DateOnly today, INextRunPacePredictor predictor)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(predictor);
        if (today <= plan.Options.From)
        {
            return Build(history, plan.Options with { From = today }, predictor);
        }

        // Re-planning keeps the plan's own structure from today on: the first day is the plan's, not `next`'s.

        var status = PlanStatus.Compare(plan, history, today);
        var rest = Build(history, plan.Options with { From = today }, predictor, seedFirstDay: false);
        var currentWeek = WeeklyVolumes.WeekStartOf(today);
        var note = string.Create(
            CultureInfo.InvariantCulture,
            $"Re-planned from {today:yyyy-MM-dd} on what was run since {plan.Options.From:yyyy-MM-dd}: {status.Missed} missed and {status.Extra} extra runs.");
        return new TrainingPlan(
            plan.Options,
            rest.Race ?? plan.Race,
            [.. plan.Weeks.Where(week => week.WeekStart < currentWeek), .. rest.Weeks],
            [.. plan.Workouts.Where(workout => workout.Date < today), .. rest.Workouts],
            [note, .. rest.Warnings]);
    }
}
