using WorkoutGenerator.Domain.Runs;

namespace WorkoutGenerator.Model.Features;

/// <summary>
/// Where in the runner's week a run starts. <see cref="Fraction"/> counts from Monday 00:00 on the wall clock.
/// When the time of day is hidden the date is still known, so the fraction assumes midday of that date and
/// <see cref="TimeOfDayKnown"/> says so; it is never silently read as midnight.
/// </summary>
public readonly record struct WeekTime(double Fraction, bool TimeOfDayKnown, bool ClockIsUtc)
{
    private static readonly TimeSpan Midday = TimeSpan.FromHours(12);

    public double Sin => Math.Sin(2 * Math.PI * Fraction);

    public double Cos => Math.Cos(2 * Math.PI * Fraction);

    /// <summary>Fraction of the day since 00:00 (midday when the time of day is hidden).</summary>
    public double DayFraction => (Fraction * 7) - DayIndex;

    /// <summary>Monday 0 ... Sunday 6.</summary>
    public int DayIndex => Math.Min(6, (int)Math.Floor(Fraction * 7));

    public static WeekTime Of(Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Of(run.WallClockStart(), clockIsUtc: run.StartLocal is null);
    }

    public static WeekTime Of(DateTime wallClock, bool clockIsUtc)
    {
        var timeOfDayKnown = wallClock.TimeOfDay != PaceFeatures.HiddenTimeOfDay;
        var timeOfDay = timeOfDayKnown ? wallClock.TimeOfDay : Midday;
        var dayIndex = ((int)wallClock.DayOfWeek + 6) % 7;
        return new WeekTime((dayIndex + timeOfDay.TotalDays) / 7.0, timeOfDayKnown, clockIsUtc);
    }
}
