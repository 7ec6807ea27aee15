
namespace WorkoutGenerator.Import.Fit.Writing;

/// <summary>
/// Encodes a <see cref="FitWorkout"/> as a FIT workout file (file type 5): file_id, workout (sport,
/// num_valid_steps, wkt_name) and one workout_step per step. Durations: time in ms (duration_type 0), distance in
/// cm (1), open (5), repeat (6, duration_value = first step index, target_value = count). Targets: speed (0) with
/// custom_target_value_low/high in mm/s, low the slower; open (2). The watch takes it from GARMIN/NewFiles.
/// </summary>
public static class FitWorkoutEncoder
{
    /// <summary>Workout and step names are cut to this many UTF-8 bytes (Garmin shows ~15 characters anyway).</summary>
    public const int MaxNameBytes = 31;

    private const ushort DevelopmentManufacturer = 255;

    public static byte[] Encode(FitWorkout workout)
    {
        Validate(workout);
        var writer = new FitWriter();
        writer.Define(0, FitProfile.FileId, [(0, 1, FitBaseType.Enum), (1, 2, FitBaseType.UInt16), (2, 2, FitBaseType.UInt16), (4, 4, FitBaseType.UInt32)]);
        writer.Data(0, [5, DevelopmentManufacturer, 1, (long)(workout.Created - FitProfile.Epoch).TotalSeconds]);
        writer.Define(1, FitProfile.Workout, [(4, 1, FitBaseType.Enum), (6, 2, FitBaseType.UInt16), (8, MaxNameBytes + 1, FitBaseType.String)]);
        writer.Data(1, [(int)workout.Sport, workout.Steps.Count, Cut(workout.Name)]);
        writer.Define(2, FitProfile.WorkoutStep,
        [
            (254, 2, FitBaseType.UInt16), (0, MaxNameBytes + 1, FitBaseType.String), (1, 1, FitBaseType.Enum), (2, 4, FitBaseType.UInt32),
            (3, 1, FitBaseType.Enum), (4, 4, FitBaseType.UInt32), (5, 4, FitBaseType.UInt32), (6, 4, FitBaseType.UInt32), (7, 1, FitBaseType.Enum),
        ]);
        for (var i = 0; i < workout.Steps.Count; i++)
        {
            writer.Data(2, StepValues(i, workout.Steps[i]));
        }

        return writer.ToArray();
    }

    private static object?[] StepValues(int index, FitWorkoutStep step) => step switch
    {
        FitRepeatStep repeat => [index, null, 6, repeat.FromStepIndex, null, repeat.Count, null, null, null],
        FitIntervalStep interval => [
            index,
            interval.Name is null ? null : Cut(interval.Name),
            interval.Length.Time is not null ? 0 : interval.Length.Distance is not null ? 1 : 5,
            interval.Length.Time is { } time ? (long)Math.Round(time.TotalSeconds * 1000)
                : interval.Length.Distance is { } distance ? (long)Math.Round(distance.Meters * 100) : null,
            interval.SlowestSpeed is null ? 2 : 0,
            interval.SlowestSpeed is null ? null : 0,
            interval.SlowestSpeed is { } low ? (long)Math.Round(low * 1000) : null,
            interval.FastestSpeed is { } high ? (long)Math.Round(high * 1000) : null,
            (int)interval.Intensity,
        ],
        _ => throw new ArgumentException($"Step {index} is of an unknown kind {step.GetType().Name}.", nameof(step)),
    };

    private static void Validate(FitWorkout workout)
    {
        ArgumentNullException.ThrowIfNull(workout);
        ArgumentNullException.ThrowIfNull(workout.Steps);
        if (workout.Steps.Count is 0 or > ushort.MaxValue - 1)
        {
            throw new ArgumentException($"A workout needs 1 to {ushort.MaxValue - 1} steps; it has {workout.Steps.Count}.", nameof(workout));
        }

        if (workout.Created < FitProfile.Epoch.AddSeconds(FitProfile.MinimumCalendarTime) || workout.Created > FitProfile.Epoch.AddSeconds(uint.MaxValue - 1))
        {
            throw new ArgumentOutOfRangeException(nameof(workout), workout.Created, "The creation time must be a calendar time FIT can hold (1998-2126).");
        }

        for (var i = 0; i < workout.Steps.Count; i++)
        {
            switch (workout.Steps[i])
            {
                case FitRepeatStep repeat when repeat.FromStepIndex < 0 || repeat.FromStepIndex >= i || repeat.Count < 2:
                    throw new ArgumentException($"Step {i} repeats from step {repeat.FromStepIndex} {repeat.Count} times; it must repeat an earlier step at least twice.", nameof(workout));
                case FitIntervalStep interval:
                    CheckInterval(i, interval);
                    break;
                case null:
                    throw new ArgumentException($"Step {i} is null.", nameof(workout));
            }
        }
    }

    private static void CheckInterval(int i, FitIntervalStep step)
    {
        const double MaxDurationValue = uint.MaxValue - 1;
        if (step.Length.Time is { } t && (t.TotalSeconds <= 0 || t.TotalSeconds * 1000 > MaxDurationValue))
        {
            throw new ArgumentException($"Step {i} lasts {t.TotalSeconds} s; it must be positive and under {MaxDurationValue / 1000} s.", nameof(step));
        }

        if (step.Length.Distance is { } d && (d.Meters <= 0 || d.Meters * 100 > MaxDurationValue))
        {
            throw new ArgumentException($"Step {i} covers {d.Meters} m; it must be positive and under {MaxDurationValue / 100} m.", nameof(step));
        }

        if ((step.SlowestSpeed is null) != (step.FastestSpeed is null))
        {
            throw new ArgumentException($"Step {i} has only one speed bound; give both or neither.", nameof(step));
        }

        if (step.SlowestSpeed is { } low && step.FastestSpeed is { } high
            && (!double.IsFinite(low) || !double.IsFinite(high) || low <= 0 || high < low || high * 1000 > MaxDurationValue))
        {
            throw new ArgumentException($"Step {i}'s speed range {low}-{high} m/s must be positive with the slower bound first.", nameof(step));
        }

        if (!Enum.IsDefined(step.Intensity))
        {
            throw new ArgumentException($"Step {i} has an unknown intensity {(int)step.Intensity}.", nameof(step));
        }
    }

    private static string Cut(string name)
    {
        var text = name;
        while (System.Text.Encoding.UTF8.GetByteCount(text) > MaxNameBytes)
        {
            text = text[..^1];
        }

        // A cut through a surrogate pair would leave half a character.
        return text.Length > 0 && char.IsHighSurrogate(text[^1]) ? text[..^1] : text;
    }
}
