using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Training;

/// <summary>Assembles a <see cref="Workout"/> from a prescription: structure, paces, duration, the "why" line and reasons.</summary>
internal static class WorkoutFactory
{
    public static Workout Create(
        DateTime slotLocal,
        WorkoutType requested,
        PacePrediction prediction,
        DistancePrescription prescription,
        TrainingPaces paces,
        TrainingLoad load,
        Distance weeklyBase,
        TrainingOptions options,
        IEnumerable<string> leadingReasons,
        string? context = null,
        PaceBands? bands = null)
    {
        var reasons = new List<string>(leadingReasons);
        reasons.AddRange(prescription.Reasons);
        var (type, structure) = WorkoutStructures.Build(requested, prescription.Distance, paces, weeklyBase, options, reasons);
        var range = type switch
        {
            WorkoutType.Tempo => paces.Threshold,
            WorkoutType.Interval => paces.Interval,
            WorkoutType.Recovery => new PaceRange(prediction.Slow, Pace.FromSecondsPerMeter(prediction.Slow.SecondsPerMeter * 1.05)),
            _ => new PaceRange(prediction.Fast, prediction.Slow),
        };
        var target = type is WorkoutType.Easy or WorkoutType.Long ? prediction.Predicted : range.Middle;

        // A steady run's pace follows its kind, from the runner's own runs of that kind, never the weekday's past
        // runs (a Wednesday easy day is not paced from Wednesday tempos).
        if (bands is not null && type is WorkoutType.Easy or WorkoutType.Long or WorkoutType.Recovery)
        {
            range = bands.RangeOf(type);
            target = bands.ByType[type].Median;
        }

        if (load.AcuteChronicRatio is { } ratio)
        {
            reasons.Add(Text($"Acute:chronic load {ratio:0.00} (last 7 days {load.LastSevenDays} / 4-week weekly average {load.FourWeekAverage}); information only, not a limit (Impellizzeri et al. 2020)."));
        }

        var duration = structure?.EstimatedTime ?? target.TimeFor(prescription.Distance);
        var caps = prescription.CapsApplied.Count == 0 ? "none" : string.Join(", ", prescription.CapsApplied);
        var why = Text($"Predicted {prediction.Predicted} ({prediction.Fast:n}-{prediction.Slow}, {prediction.Method}); last 7 days {load.LastSevenDays}; weekly base {weeklyBase}; ") +
            (context is null ? string.Empty : context + "; ") + "caps: " + caps + ".";
        return new Workout(
            DateOnly.FromDateTime(slotLocal),
            TimeOnly.FromDateTime(slotLocal),
            type,
            target,
            range.Fast,
            range.Slow,
            prescription.Distance,
            duration,
            structure,
            why,
            reasons);
    }

    // Quantities as unit-neutral tokens: the runner reads them in the unit they chose (UnitText.Render at the edge).
    private static string Text(FormattableString text) => UnitText.Of(text);
}
