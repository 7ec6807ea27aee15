using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Model.Features;

namespace WorkoutGenerator.Model.Prediction;

/// <summary>
/// One fixed-width row per sample for the regression baselines (<c>linear</c>, <c>gbdt</c>): summaries of the
/// previous week and the slot's time of week. The day of week is one-hot because its effect on pace (the
/// Sunday long run) is not a smooth function a linear model could fit from a single angle. NaN marks "none
/// known" and is imputed by the model with the training mean. <see cref="WithPlan"/> adds the planned run's type
/// (one-hot, as a type sets a level rather than a slope: a long run is slower, an interval faster) and the log of
/// its distance for the question asked about a planned run: Riegel's T = a·D^1.06 makes pace grow with D^0.06, so
/// pace is close to linear in log D, and a 40 km trail run does not weigh 4 times a 10 km run in a linear model.
/// </summary>
public static class FlatFeatures
{
    public const int WindowRunCount = 0;
    public const int WindowMeanPace = 1;
    public const int LastPace = 2;
    public const int WindowFastestPace = 3;
    public const int WindowSlowestPace = 4;
    public const int WindowDistanceKm = 5;
    public const int LastDistanceKm = 6;
    public const int WindowElevationGainPerKm = 7;
    public const int WindowElevationKnownFraction = 8;
    public const int DaysSincePreviousRun = 9;
    public const int SlotTimeOfDaySin = 10;
    public const int SlotTimeOfDayCos = 11;
    public const int SlotTimeOfDayMissing = 12;

    /// <summary>Tuesday ... Sunday at 13 ... 18; Monday is all zeros.</summary>
    public const int SlotTuesday = 13;

    public const int Count = 19;

    /// <summary>In a <see cref="WithPlan"/> row: one column per <see cref="WorkoutType"/> value from here, then ln(planned km).</summary>
    public const int PlannedTypeFirst = Count;

    public static readonly int PlannedLogDistanceKm = PlannedTypeFirst + Enum.GetValues<WorkoutType>().Length;

    /// <summary>The width of a <see cref="WithPlan"/> row.</summary>
    public static readonly int PlannedCount = PlannedLogDistanceKm + 1;

    /// <summary>The <see cref="Of"/> row followed by the slot's planned type (one-hot) and ln(distance in km).</summary>
    /// <exception cref="ArgumentException">The sample's slot has no plan.</exception>
    public static double[] WithPlan(PaceSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var planned = sample.Slot.Planned
            ?? throw new ArgumentException($"The slot at {sample.StartUtc:u} has no planned run to describe.", nameof(sample));
        var row = new double[PlannedCount];
        Of(sample).CopyTo(row, 0);
        row[PlannedTypeFirst + (int)planned.Type] = 1;
        row[PlannedLogDistanceKm] = Math.Log(planned.Distance.Kilometers);
        return row;
    }

    public static double[] Of(PaceSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var row = new double[Count];
        var window = sample.Window;
        var paces = window.Select(r => r.Pace.SecondsPerKilometer).ToArray();
        var last = window[^1];
        var gains = window.Where(r => r.ElevationGain is not null).ToArray();
        row[WindowRunCount] = window.Count;
        row[WindowMeanPace] = paces.Average();
        row[LastPace] = last.Pace.SecondsPerKilometer;
        row[WindowFastestPace] = paces.Min();
        row[WindowSlowestPace] = paces.Max();
        row[WindowDistanceKm] = window.Sum(r => r.Distance.Kilometers);
        row[LastDistanceKm] = last.Distance.Kilometers;
        row[WindowElevationGainPerKm] = gains.Length > 0 ? gains.Sum(r => r.ElevationGain!.Value.Meters) / gains.Sum(r => r.Distance.Kilometers) : double.NaN;
        row[WindowElevationKnownFraction] = (double)gains.Length / window.Count;
        row[DaysSincePreviousRun] = sample.Slot.DaysSincePreviousRun;
        var weekTime = sample.Slot.WeekTime;
        row[SlotTimeOfDaySin] = weekTime.TimeOfDayKnown ? Math.Sin(2 * Math.PI * weekTime.DayFraction) : 0;
        row[SlotTimeOfDayCos] = weekTime.TimeOfDayKnown ? Math.Cos(2 * Math.PI * weekTime.DayFraction) : 0;
        row[SlotTimeOfDayMissing] = weekTime.TimeOfDayKnown ? 0 : 1;
        if (weekTime.DayIndex > 0)
        {
            row[SlotTuesday + weekTime.DayIndex - 1] = 1;
        }

        return row;
    }
}
