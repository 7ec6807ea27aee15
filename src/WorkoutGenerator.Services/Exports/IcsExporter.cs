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
/// description with pace, distance, duration, structure and reasons. Timed events start at the workout's slot in
/// floating local time (the runner's wall clock, as the plan is) and last its duration; without a start, or when
/// asked, an all-day event.
/// </summary>
public static class IcsExporter
{
    public const string ProductId = "-//WorkoutGenerator//Plan//EN";

    public static string Export(IEnumerable<Workout> workouts, DistanceUnit unit = DistanceUnit.Kilometer, bool allDay = false)
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
                var start = workout.Date.ToDateTime(workout.Start.Value);
                var end = start.AddSeconds(Math.Ceiling(workout.Duration.TotalSeconds));
                calendarEvent.DtStart = new CalDateTime(start.Year, start.Month, start.Day, start.Hour, start.Minute, start.Second);
                calendarEvent.DtEnd = new CalDateTime(end.Year, end.Month, end.Day, end.Hour, end.Minute, end.Second);
            }

            calendar.Events.Add(calendarEvent);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }
}
