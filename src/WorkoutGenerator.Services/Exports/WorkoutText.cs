using System.Globalization;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Services.Exports;

/// <summary>
/// The words every exporter and host shares: type codes, a one-line summary, the session's shape and a readable
/// description, all in the runner's unit, the Domain's reasons included (<see cref="UnitText.Render"/>).
/// </summary>
public static class WorkoutText
{
    public static string StepCode(StepKind kind) => kind switch
    {
        StepKind.WarmUp => "warm_up",
        StepKind.Work => "work",
        StepKind.Recovery => "recovery",
        StepKind.CoolDown => "cool_down",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown step kind."),
    };

    /// <summary>"Tempo 12.0 km".</summary>
    public static string Summary(Workout workout, DistanceUnit unit)
    {
        ArgumentNullException.ThrowIfNull(workout);
        return $"{workout.Type} {workout.Distance.Format(unit, 1)}";
    }

    /// <summary>
    /// The session in one line, the way a coach writes it: "Tempo 14.0 km: 2 km WU, 30 min at 3:33 /km, 3.3 km CD",
    /// "Interval 12.0 km: 2 km WU, 5 x 1 km at 3:20 /km (400 m jog), 2.6 km CD", "Easy 10.3 km at 5:01 /km".
    /// </summary>
    public static string Session(Workout workout, DistanceUnit unit)
    {
        ArgumentNullException.ThrowIfNull(workout);
        var head = Summary(workout, unit);
        if (workout.Structure is not { } structure)
        {
            return $"{head} at {workout.TargetPace.Format(unit)}";
        }

        var blocks = structure.Blocks.Select(block =>
        {
            var steps = block.Steps.Select(step => ShortStep(step, unit)).ToList();
            return block.Repeats == 1
                ? string.Join(", ", steps)
                : string.Create(CultureInfo.InvariantCulture, $"{block.Repeats} x {steps[0]}") + (steps.Count > 1 ? $" ({string.Join(", ", steps.Skip(1))})" : string.Empty);
        });
        return head + ": " + string.Join(", ", blocks);
    }

    /// <summary>The Domain's text (a why line, a reason, a warning) with its quantities in <paramref name="unit"/>.</summary>
    public static string Read(string text, DistanceUnit unit) => UnitText.Render(text, unit);

    public static string PaceRange(Pace fast, Pace slow, DistanceUnit unit) =>
        $"{fast.Format(unit).Split(' ')[0]}-{slow.Format(unit)}";

    /// <summary>"2.00 km warm-up at 5:07-5:38 /km; 6 x (1.00 km at 3:50-4:02 /km, 0.40 km jog); 1.60 km cool-down ...".</summary>
    public static string Structure(WorkoutStructure structure, DistanceUnit unit)
    {
        ArgumentNullException.ThrowIfNull(structure);
        return string.Join("; ", structure.Blocks.Select(block =>
        {
            var steps = string.Join(", ", block.Steps.Select(step => Step(step, unit)));
            return block.Repeats == 1 ? steps : string.Create(CultureInfo.InvariantCulture, $"{block.Repeats} x ({steps})");
        }));
    }

    public static string Description(Workout workout, DistanceUnit unit)
    {
        ArgumentNullException.ThrowIfNull(workout);
        var lines = new List<string>
        {
            Session(workout, unit),
            $"Pace {workout.TargetPace.Format(unit)} ({PaceRange(workout.FastPace, workout.SlowPace, unit)})",
            $"Distance {workout.Distance.Format(unit)}",
            $"Duration {workout.Duration.Format()}",
        };
        if (workout.Structure is { } structure)
        {
            lines.Add("Structure: " + Structure(structure, unit));
        }

        lines.Add("Why: " + Read(workout.Why, unit));
        lines.AddRange(workout.Reasons.Select(reason => "- " + Read(reason, unit)));
        return string.Join("\n", lines);
    }

    private static string ShortStep(WorkoutStep step, DistanceUnit unit)
    {
        var length = step.Distance is { } distance ? ShortDistance(distance, unit) : $"{step.Time!.Value.TotalMinutes.ToString("0", CultureInfo.InvariantCulture)} min";
        return step.Kind switch
        {
            StepKind.WarmUp => length + " WU",
            StepKind.CoolDown => length + " CD",
            StepKind.Recovery => length + " jog",
            _ => $"{length} at {step.Pace.Middle.Format(unit)}",
        };
    }

    // "2 km", "2.6 km", "400 m" (a track distance reads in metres), "1.24 mi", "0.25 mi".
    private static string ShortDistance(Distance distance, DistanceUnit unit) =>
        unit == DistanceUnit.Kilometer && distance.Meters < Distance.MetersPerKilometer
            ? distance.Meters.ToString("0", CultureInfo.InvariantCulture) + " m"
            : distance.In(unit).ToString("0.##", CultureInfo.InvariantCulture) + " " + unit.Symbol();

    private static string Step(WorkoutStep step, DistanceUnit unit)
    {
        var length = step.Distance is { } distance ? distance.Format(unit) : $"{step.Time!.Value.TotalMinutes.ToString("0", CultureInfo.InvariantCulture)} min";
        var what = step.Kind switch
        {
            StepKind.WarmUp => " warm-up",
            StepKind.CoolDown => " cool-down",
            StepKind.Recovery => " jog",
            _ => string.Empty,
        };
        return $"{length}{what} at {PaceRange(step.Pace.Fast, step.Pace.Slow, unit)}";
    }
}
