using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Training;

/// <summary>
/// Builds tempo and interval sessions inside a given total distance, Daniels-style:
/// <list type="bullet">
/// <item>Tempo: 2 km easy warm-up, 20-30 minutes at threshold pace (at least 15), easy cool-down (at least 1 km);
/// threshold distance at most <see cref="TrainingOptions.MaxThresholdShare"/> of the week.</item>
/// <item>Intervals: 2 km warm-up, 4-6 x 1000 m at interval pace (800 m when 1000 m would take over 5 minutes:
/// Daniels keeps I reps at 3-5 minutes) with 400 m jogs, cool-down; interval distance at most
/// min(<see cref="TrainingOptions.MaxIntervalDistance"/>, <see cref="TrainingOptions.MaxIntervalShare"/> of the week).</item>
/// </list>
/// When the budget cannot hold the smallest session, intervals fall back to a tempo and a tempo to an easy run,
/// and the reason says so. The total distance never changes.
/// </summary>
internal static class WorkoutStructures
{
    public static readonly Distance WarmUp = Distance.FromKilometers(2);
    public static readonly Distance MinCoolDown = Distance.FromKilometers(1);
    public static readonly Distance Jog = Distance.FromMeters(400);
    public static readonly Duration MinTempo = Duration.FromMinutes(15);
    public static readonly Duration MaxTempo = Duration.FromMinutes(30);
    public const int MinRepeats = 4;
    public const int MaxRepeats = 6;

    public static (WorkoutType Type, WorkoutStructure? Structure) Build(
        WorkoutType type, Distance total, TrainingPaces paces, Distance weeklyBase, TrainingOptions options, List<string> reasons)
    {
        if (type == WorkoutType.Interval)
        {
            if (Intervals(total, paces, weeklyBase, options) is { } intervals)
            {
                return (WorkoutType.Interval, intervals);
            }

            reasons.Add(Text($"Too little room for {MinRepeats} interval repeats in {total} (Daniels: intervals at most the lesser of {options.MaxIntervalDistance} and {options.MaxIntervalShare * 100:0}% of the week): a tempo instead."));
            type = WorkoutType.Tempo;
        }

        if (type == WorkoutType.Tempo)
        {
            if (Tempo(total, paces, weeklyBase, options) is { } tempo)
            {
                return (WorkoutType.Tempo, tempo);
            }

            reasons.Add(Text($"Too little room for {MinTempo.TotalMinutes:0} minutes at threshold in {total} (Daniels: threshold at most {options.MaxThresholdShare * 100:0}% of the week): an easy run instead."));
            return (WorkoutType.Easy, null);
        }

        return (type, null);
    }

    private static WorkoutStructure? Tempo(Distance total, TrainingPaces paces, Distance weeklyBase, TrainingOptions options)
    {
        var room = total.Meters - WarmUp.Meters - MinCoolDown.Meters;
        var budget = Math.Min(room, weeklyBase.Meters * options.MaxThresholdShare);
        if (budget <= 0)
        {
            return null;
        }

        var minutes = Math.Floor(Math.Min(MaxTempo.TotalMinutes, paces.Threshold.Middle.TimeFor(Distance.FromMeters(budget)).TotalMinutes));
        if (minutes < MinTempo.TotalMinutes)
        {
            return null;
        }

        var work = Duration.FromMinutes(minutes);
        var coolDown = total - WarmUp - paces.Threshold.Middle.DistanceIn(work);
        return new WorkoutStructure([
            new WorkoutBlock(1, [new WorkoutStep(StepKind.WarmUp, WarmUp, null, paces.Easy, TrainingIntensity.Easy)]),
            new WorkoutBlock(1, [new WorkoutStep(StepKind.Work, null, work, paces.Threshold, TrainingIntensity.Threshold)]),
            new WorkoutBlock(1, [new WorkoutStep(StepKind.CoolDown, RoundDown(coolDown), null, paces.Easy, TrainingIntensity.Easy)]),
        ]);
    }

    private static WorkoutStructure? Intervals(Distance total, TrainingPaces paces, Distance weeklyBase, TrainingOptions options)
    {
        var repeat = paces.Interval.Middle.TimeFor(Distance.FromKilometers(1)) <= Duration.FromMinutes(5)
            ? Distance.FromKilometers(1)
            : Distance.FromMeters(800);
        var budget = Math.Min(options.MaxIntervalDistance.Meters, weeklyBase.Meters * options.MaxIntervalShare);
        var room = total.Meters - WarmUp.Meters - MinCoolDown.Meters;
        var byBudget = (int)Math.Floor(budget / repeat.Meters);
        var byRoom = (int)Math.Floor(room / (repeat.Meters + Jog.Meters));
        var count = Math.Min(MaxRepeats, Math.Min(byBudget, byRoom));
        if (count < MinRepeats)
        {
            return null;
        }

        var coolDown = total - WarmUp - ((repeat + Jog) * count);
        return new WorkoutStructure([
            new WorkoutBlock(1, [new WorkoutStep(StepKind.WarmUp, WarmUp, null, paces.Easy, TrainingIntensity.Easy)]),
            new WorkoutBlock(count, [
                new WorkoutStep(StepKind.Work, repeat, null, paces.Interval, TrainingIntensity.Interval),
                new WorkoutStep(StepKind.Recovery, Jog, null, paces.Easy, TrainingIntensity.Easy),
            ]),
            new WorkoutBlock(1, [new WorkoutStep(StepKind.CoolDown, RoundDown(coolDown), null, paces.Easy, TrainingIntensity.Easy)]),
        ]);
    }

    private static Distance RoundDown(Distance distance) => Distance.FromMeters(Math.Floor(distance.Meters / 10) * 10);

    // Quantities as unit-neutral tokens: the runner reads them in the unit they chose (UnitText.Render at the edge).
    private static string Text(FormattableString text) => UnitText.Of(text);
}
