using System.Globalization;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Import.Fit;
using WorkoutGenerator.Import.Fit.Writing;

namespace WorkoutGenerator.Services.Exports;

/// <summary>
/// Turns a prescribed workout into a FIT workout file for a watch (copy it to GARMIN/NewFiles). A steady run is one
/// distance step; a structured session keeps its warm-up, repeats with recoveries and cool-down, each step with its
/// pace range as a speed target.
/// </summary>
public static class FitWorkoutExporter
{
    public static byte[] Export(Workout workout, DateTimeOffset created) => FitWorkoutEncoder.Encode(ToFit(workout, created));

    /// <summary>A file name that sorts by date and says what the session is, e.g. "2026-11-28-tempo.fit".</summary>
    public static string FileName(Workout workout)
    {
        ArgumentNullException.ThrowIfNull(workout);
        return workout.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-" + workout.Type.Code() + ".fit";
    }

    public static FitWorkout ToFit(Workout workout, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(workout);
        var name = string.Create(CultureInfo.InvariantCulture, $"{workout.Type.Code()} {workout.Distance.Kilometers:F1}k");
        return new FitWorkout(name, FitWorkoutSport.Running, Steps(workout), created);
    }

    private static List<FitWorkoutStep> Steps(Workout workout)
    {
        if (workout.Structure is null)
        {
            return [new FitIntervalStep(FitStepLength.Of(workout.Distance), FitIntensity.Active, workout.SlowPace.MetersPerSecond, workout.FastPace.MetersPerSecond)];
        }

        var steps = new List<FitWorkoutStep>();
        foreach (var block in workout.Structure.Blocks)
        {
            var first = steps.Count;
            steps.AddRange(block.Steps.Select(Step));
            if (block.Repeats > 1)
            {
                steps.Add(new FitRepeatStep(first, block.Repeats));
            }
        }

        return steps;
    }

    private static FitIntervalStep Step(WorkoutStep step) => new(
        step.Distance is { } distance ? FitStepLength.Of(distance) : step.Time is { } time ? FitStepLength.Of(time) : FitStepLength.Open,
        step.Kind switch
        {
            StepKind.WarmUp => FitIntensity.Warmup,
            StepKind.CoolDown => FitIntensity.Cooldown,
            StepKind.Recovery => FitIntensity.Recovery,
            _ => FitIntensity.Active,
        },
        step.Pace.Slow.MetersPerSecond,
        step.Pace.Fast.MetersPerSecond,
        step.Kind.ToString());
}
