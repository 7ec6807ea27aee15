using Ical.Net.CalendarComponents;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Services.Exports;
using WorkoutGenerator.Services.TimeZones;

namespace WorkoutGenerator.Services.Tests.Exports;

public sealed class IcsExporterTests
{
    [Fact]
    public void Should_write_one_event_per_workout_that_ical_net_reads_back()
    {
        // Given a plan with easy, long, tempo, interval, recovery runs and the race
        var plan = SamplePlan.Build();
        Assert.Contains(plan.Workouts, w => w.Structure is not null);

        // When
        var text = IcsExporter.Export(plan.Workouts);
        var calendar = Ical.Net.Calendar.Load(text)!;

        // Then: every workout is one event with its day, start, summary and a description holding its numbers
        var events = calendar.Events.OrderBy(e => e.DtStart!.Value).ToList();
        Assert.Equal(plan.Workouts.Count, events.Count);
        Assert.Equal(events.Count, events.Select(e => e.Uid).Distinct().Count());
        foreach (var (workout, calendarEvent) in plan.Workouts.Zip(events))
        {
            Assert.Equal(workout.Date.ToDateTime(workout.Start!.Value), calendarEvent.DtStart!.Value);
            Assert.Equal(WorkoutText.Summary(workout, DistanceUnit.Kilometer), calendarEvent.Summary);
            Assert.Contains("Pace " + workout.TargetPace.Format(DistanceUnit.Kilometer), calendarEvent.Description);
            Assert.Contains("Distance " + workout.Distance.Format(DistanceUnit.Kilometer), calendarEvent.Description);
            Assert.Contains("Duration " + workout.Duration.Format(), calendarEvent.Description);
            Assert.Equal(workout.Structure is not null, calendarEvent.Description!.Contains("Structure: ", StringComparison.Ordinal));
            Assert.Equal(Math.Ceiling(workout.Duration.TotalSeconds), (calendarEvent.DtEnd!.Value - calendarEvent.DtStart.Value).TotalSeconds);
        }
    }

    [Fact]
    public void Should_write_all_day_events_when_asked()
    {
        // Given a plan; When
        var plan = SamplePlan.Build();
        var calendar = Ical.Net.Calendar.Load(IcsExporter.Export(plan.Workouts, DistanceUnit.Mile, allDay: true))!;

        // Then
        Assert.All(calendar.Events, (CalendarEvent e) => Assert.False(e.DtStart!.HasTime));
        Assert.Contains(" mi", calendar.Events.First().Summary);
    }

    [Fact]
    public void Should_start_timed_events_at_their_true_UTC_instant_through_the_runners_zone()
    {
        // Given a plan's workouts at 07:00 on the days around Auckland's 2025-04-06 DST change (+13, then +12)
        var zone = RunnerTimeZones.Find("Pacific/Auckland")!;
        var template = SamplePlan.Build().Workouts[0];
        var workouts = new[] { new DateOnly(2025, 4, 5), new DateOnly(2025, 4, 6) }
            .Select(day => template with { Date = day, Start = new TimeOnly(7, 0) })
            .ToList();

        // When
        var text = IcsExporter.Export(workouts, zone: zone);

        // Then
        Assert.Contains("DTSTART:20250404T180000Z", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20250405T190000Z", text, StringComparison.Ordinal);
    }
}
