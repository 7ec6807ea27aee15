namespace WorkoutGenerator.Model.Features;

/// <summary>
/// The run to predict as the runner knows it beforehand: when it starts, how long since the last run, and, when a
/// plan asks, what is planned (<see cref="Planned"/>; null for the unconditioned question).
/// </summary>
public sealed record PaceSlot(DateTimeOffset StartUtc, WeekTime WeekTime, double DaysSincePreviousRun, PaceCondition? Planned = null)
{
    /// <summary>Writes the unscaled decoder features in <see cref="PaceFeatures.Decoder"/> order.</summary>
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
    }
}
