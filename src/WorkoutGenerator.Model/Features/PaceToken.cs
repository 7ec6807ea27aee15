using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Model.Features;

/// <summary>One past run as the encoder sees it, before scaling. Absent elevation is null.</summary>
public sealed record PaceToken(
    string RunId,
    DateTimeOffset StartUtc,
    double DistanceKm,
    double SecondsPerKm,
    WeekTime WeekTime,
    double? ElevationGainPerKm,
    WorkoutType WorkoutType,
    double DaysBeforeSlot)
{
    /// <summary>Writes the unscaled features in <see cref="PaceFeatures.Token"/> order; a missing elevation is written as NaN.</summary>
    public void WriteRaw(Span<double> features)
    {
        if (features.Length != PaceFeatures.Token.Count)
        {
            throw new ArgumentException($"A token has {PaceFeatures.Token.Count} features, not {features.Length}.", nameof(features));
        }

        features[PaceFeatures.Token.DistanceKm] = DistanceKm;
        features[PaceFeatures.Token.SecondsPerKm] = SecondsPerKm;
        features[PaceFeatures.Token.TimeOfWeek] = WeekTime.Fraction;
        features[PaceFeatures.Token.ElevationGainPerKm] = ElevationGainPerKm ?? double.NaN;
        features[PaceFeatures.Token.WorkoutType] = (int)WorkoutType;
        features[PaceFeatures.Token.TimeOfWeekSin] = WeekTime.Sin;
        features[PaceFeatures.Token.TimeOfWeekCos] = WeekTime.Cos;
        features[PaceFeatures.Token.DaysBeforeSlot] = DaysBeforeSlot;
        features[PaceFeatures.Token.ElevationMissing] = ElevationGainPerKm is null ? 1 : 0;
        features[PaceFeatures.Token.TimeOfDayMissing] = WeekTime.TimeOfDayKnown ? 0 : 1;
        features[PaceFeatures.Token.ClockIsUtc] = WeekTime.ClockIsUtc ? 1 : 0;
    }
}
