using System.Globalization;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Services.Exports;

/// <summary>
/// A plan as an iCalendar file (RFC 5545, written by Ical.Net): one VEVENT per workout, summary "Tempo 12.0 km",
/// description with pace, distance, duration, structure and reasons. Timed events start at the workout's slot and
/// last its duration: in UTC through the runner's <c>zone</c> (DST-aware, so a calendar anywhere shows the run at
/// the runner's 07:00), or in floating local time when no zone is given; without a start, or when asked, an
/// all-day event.
/// </summary>
public static class IcsExporter
{
    public const string ProductId = "-//WorkoutGenerator//Plan//EN";

    public static string Export(IEnumerable<Workout> workouts, DistanceUnit unit = DistanceUnit.Kilometer, bool allDay = false, IRunnerTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(workouts);
        var calendar = new Ical.Net.Calendar { ProductId = ProductId };
        foreach (var workout in workouts)
        {
            var calendarEvent = new CalendarEvent
            {
                Uid = string.Create(CultureInfo.InvariantCulture, $"workoutgen-{workout.Date:yyyyMMdd}-{workout.Type.Code()}@workoutgenerator"),
                Summary = WorkoutText.Summary(workout, unit),
                Description = WorkoutText.Description(workout, unit),
            };
            if (allDay || workout.Start is null)
            {
                calendarEvent.DtStart = new CalDateTime(workout.Date.Year, workout.Date.Month, workout.Date.Day);
                calendarEvent.DtEnd = new CalDateTime(workout.Date.AddDays(1).Year, workout.Date.AddDays(1).Month, workout.Date.AddDays(1).Day);
            }
            else
            {
                var local = workout.Date.ToDateTime(workout.Start.Value);
                var start = zone is null ? local : zone.ToInstant(local).UtcDateTime;
                var end = start.AddSeconds(Math.Ceiling(workout.Duration.TotalSeconds));
                var utc = zone is null ? null : "UTC";
                calendarEvent.DtStart = new CalDateTime(start.Year, start.Month, start.Day, start.Hour, start.Minute, start.Second, utc);
                calendarEvent.DtEnd = new CalDateTime(end.Year, end.Month, end.Day, end.Hour, end.Minute, end.Second, utc);
            }

            calendar.Events.Add(calendarEvent);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }
}
