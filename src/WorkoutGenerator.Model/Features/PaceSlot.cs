using WorkoutGenerator.Domain.Training;

namespace WorkoutGenerator.Model.Features;

/// <summary>
/// The run to predict as the runner knows it beforehand: when it starts, how long since the last run, and, when a
/// plan asks, what is planned (<see cref="Planned"/>; null for the unconditioned question).
/// </summary>
public sealed record PaceSlot(DateTimeOffset StartUtc, WeekTime WeekTime, double DaysSincePreviousRun, PlanCondition? Planned = null)
{
    /// <summary>The planned type's embedding index: the type, or <see cref="PaceFeatures.PlannedTypeUnknown"/> without a plan.</summary>
    public int PlannedTypeIndex => Planned is { } planned ? (int)planned.Type : PaceFeatures.PlannedTypeUnknown;

    /// <summary>Writes the unscaled decoder features in <see cref="PaceFeatures.Decoder"/> order; a missing planned distance is NaN.</summary>
    public void WriteRaw(Span<double> features)
    {
        if (features.Length != PaceFeatures.Decoder.Count)
        {
            throw new ArgumentException($"A slot has {PaceFeatures.Decoder.Count} features, not {features.Length}.", nameof(features));
        }

        features[PaceFeatures.Decoder.TimeOfWeek] = WeekTime.Fraction;
        features[PaceFeatures.Decoder.TimeOfWeekSin] = WeekTime.Sin;
        features[PaceFeatures.Decoder.TimeOfWeekCos] = WeekTime.Cos;
        features[PaceFeatures.Decoder.DaysSincePreviousRun] = DaysSincePreviousRun;
        features[PaceFeatures.Decoder.TimeOfDayMissing] = WeekTime.TimeOfDayKnown ? 0 : 1;
        features[PaceFeatures.Decoder.ClockIsUtc] = WeekTime.ClockIsUtc ? 1 : 0;
        features[PaceFeatures.Decoder.PlannedDistanceKm] = Planned is { } planned ? planned.Distance.Kilometers : double.NaN;
        features[PaceFeatures.Decoder.PlannedKnown] = Planned is null ? 0 : 1;
    }
}
