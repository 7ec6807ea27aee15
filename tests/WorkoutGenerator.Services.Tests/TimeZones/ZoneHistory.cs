using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Services.Tests.TimeZones;

/// <summary>
/// Runner histories on a clock with a DST change, written with the offsets by hand (from the published dates, not
/// from a time-zone library): runs at 07:00 on the runner's wall clock, five days a week; every other run has a
/// FIT file (a local start), the others come from the CSV alone (UTC only).
/// </summary>
internal static class ZoneHistory
{
    /// <summary>New Zealand: NZDT (+13) from 2024-09-29 02:00 to 2025-04-06 03:00, NZST (+12) around it.</summary>
    public static TimeSpan Auckland(DateOnly day) =>
        day >= new DateOnly(2024, 9, 29) && day < new DateOnly(2025, 4, 6) ? TimeSpan.FromHours(13) : TimeSpan.FromHours(12);

    /// <summary>US Pacific: PDT (-7) until 2024-11-03 and from 2025-03-09, PST (-8) between.</summary>
    public static TimeSpan LosAngeles(DateOnly day) =>
        day >= new DateOnly(2024, 11, 3) && day < new DateOnly(2025, 3, 9) ? TimeSpan.FromHours(-8) : TimeSpan.FromHours(-7);

    /// <summary>New South Wales: AEDT (+11) from 2024-10-06 to 2025-04-06, AEST (+10) around it.</summary>
    public static TimeSpan Sydney(DateOnly day) =>
        day >= new DateOnly(2024, 10, 6) && day < new DateOnly(2025, 4, 6) ? TimeSpan.FromHours(11) : TimeSpan.FromHours(10);

    /// <summary>The instant of 07:00 on <paramref name="day"/> for a runner whose offset that morning is <paramref name="offset"/>.</summary>
    public static DateTimeOffset SevenAm(DateOnly day, Func<DateOnly, TimeSpan> offset) =>
        new(day.ToDateTime(new TimeOnly(7, 0)) - offset(day), TimeSpan.Zero);

    public static List<Run> Runs(DateOnly first, DateOnly last, Func<DateOnly, TimeSpan> offset)
    {
        var runs = new List<Run>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Wednesday or DayOfWeek.Friday)
            {
                continue;
            }

            var local = day.ToDateTime(new TimeOnly(7, 0));
            var kilometers = day.DayOfWeek == DayOfWeek.Sunday ? 16 : 8;
            runs.Add(new Run
            {
                Id = $"run-{day:yyyyMMdd}",
                Source = ActivitySource.BulkExport,
                StartUtc = SevenAm(day, offset),
                StartLocal = runs.Count % 2 == 0 ? local : null,
                Distance = Distance.FromKilometers(kilometers),
                MovingTime = Duration.FromSeconds(kilometers * 320),
                WorkoutType = day.DayOfWeek == DayOfWeek.Sunday ? WorkoutType.Long : WorkoutType.Easy,
                SportType = SportType.Run,
            });
        }

        return runs;
    }
}
