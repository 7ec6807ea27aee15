using System.Globalization;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Services.Exports;

/// <summary>The words every exporter shares: type codes, a one-line summary and a readable description.</summary>
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
            $"Pace {workout.TargetPace.Format(unit)} ({PaceRange(workout.FastPace, workout.SlowPace, unit)})",
            $"Distance {workout.Distance.Format(unit)}",
            $"Duration {workout.Duration.Format()}",
        };
        if (workout.Structure is { } structure)
        {
            lines.Add("Structure: " + Structure(structure, unit));
        }

        lines.Add("Why: " + workout.Why);
        lines.AddRange(workout.Reasons.Select(reason => "- " + reason));
        return string.Join("\n", lines);
    }

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
