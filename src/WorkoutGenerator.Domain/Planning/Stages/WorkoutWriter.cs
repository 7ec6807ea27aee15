using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;
using static WorkoutGenerator.Domain.Planning.Stages.PlanMath;

namespace WorkoutGenerator.Domain.Planning.Stages;

/// <summary>
/// The paces stage's second half: a sized day becomes a workout at the plan's paces (<see cref="PlanPaces"/>), with
/// the one-line why, the reasons and the week's rule; the race day at the goal.
/// </summary>
internal sealed class WorkoutWriter(PlanPaces paces, TimeOnly start, IReadOnlyDictionary<DateOnly, string> rules)
{
    public Workout Write(PlacedRun run)
    {
        if (run.Fixed is { } fixedRun)
        {
            return fixedRun;
        }

        return run.Session is { } kind && run.Structure is { } structure ? Session(run, kind, structure) : Steady(run);
    }

    public Workout Steady(PlacedRun run)
    {
        var (target, range) = paces.Steady(run.Type);
        var kind = run.Type.ToString().ToLowerInvariant();
        var mp = run.Structure is { } structure ? Text($", the last {structure.Blocks[1].EstimatedDistance} at marathon pace {paces.Marathon.Middle}{paces.MarathonNote}") : string.Empty;
        var why = Text($"{run.Type} {run.Distance} at your own {kind} pace {target} (median of your {kind} runs of the last 26 weeks, fixed at the plan's start){mp}; caps: {run.Caps}.");
        IReadOnlyList<string> reasons = run.CapReason is null ? [run.Reason, RuleOf(run.Date)] : [run.Reason, RuleOf(run.Date), run.CapReason];
        var duration = run.Structure?.EstimatedTime ?? target.TimeFor(run.Distance);
        return new Workout(run.Date, start, run.Type, target, range.Fast, range.Slow, run.Distance, duration, run.Structure, why, reasons);
    }

    private Workout Session(PlacedRun run, SessionKind kind, WorkoutStructure structure)
    {
        var work = structure.Blocks[1].Steps[0];
        var source = kind == SessionKind.MarathonPace
            ? "goal marathon pace" + (paces.Race is null ? " (Daniels' marathon pace from your quick runs)" : " (" + paces.Race.Method.TrimEnd('.') + paces.MarathonNote + ")")
            : Text($"Daniels' {kind.ToString().ToLowerInvariant()} pace at VDOT {paces.Paces.Vdot:0.0}");
        var why = Text($"{kind}: {structure.Blocks[0].EstimatedDistance} warm-up, {Describe(structure.Blocks[1])} at {work.Pace.Middle}, {structure.Blocks[^1].EstimatedDistance} cool-down; pace from {source}; caps: none.");
        return new Workout(run.Date, start, run.Type, work.Pace.Middle, work.Pace.Fast, work.Pace.Slow, run.Distance, structure.EstimatedTime, structure, why, [why, RuleOf(run.Date)]);
    }

    public Workout RaceDay(PlanOptions options, IReadOnlyList<Run> past, INextRunPacePredictor predictor)
    {
        var slot = options.RaceDate.ToDateTime(start);
        var distance = options.Race.Distance();
        var reasons = new List<string> { "Race day: the safety caps do not apply to the race itself." };
        Pace target;
        string why;
        if (paces.Race is { } race)
        {
            target = race.GoalPace;
            reasons.Add("Goal " + race.GoalTime.Format() + " " + race.Method);
            why = Text($"Race: goal {race.GoalTime.Format()} at {race.GoalPace}, {race.Method}");
        }
        else
        {
            // The plan knows what this run is: the race, over its distance.
            var prediction = predictor.Predict(past, slot, new PlanCondition(WorkoutType.Race, distance));
            target = prediction.Fast;
            reasons.Add(Text($"No recent race or fast run: race pace is the fast end of the predicted range ({prediction.Method})."));
            why = Text($"Race: pace {target} from the fast end of the predicted range ({prediction.Method}).");
        }

        var fast = Pace.FromSecondsPerMeter(target.SecondsPerMeter * 0.98);
        var slow = Pace.FromSecondsPerMeter(target.SecondsPerMeter * 1.02);
        return new Workout(options.RaceDate, start, WorkoutType.Race, target, fast, slow, distance, target.TimeFor(distance), null, why, reasons);
    }

    private static string Describe(WorkoutBlock block)
    {
        var work = block.Steps[0];
        var length = work.Time is { } time ? Text($"{time.TotalMinutes:0} min") : Text($"{work.Distance ?? Distance.Zero}");
        return block.Repeats > 1 ? Text($"{block.Repeats} x {length}") : length;
    }

    private string RuleOf(DateOnly date) => rules.GetValueOrDefault(Analytics.WeeklyVolumes.WeekStartOf(date), "Plan week") + ".";
}
