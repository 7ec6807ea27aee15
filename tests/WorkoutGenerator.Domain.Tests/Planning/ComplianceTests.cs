using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Tests.Training;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Tests.Planning;

/// <summary>A done run matches a planned one by what it was (TrainingPeaks' compliance), not only by its date.</summary>
public sealed class ComplianceTests
{
    private static readonly DateOnly Monday = DateOnly.FromDateTime(Histories.Day0);

    private static Workout Planned(int day, WorkoutType type, double km, double secondsPerKm = 330) => new(
        Monday.AddDays(day), new TimeOnly(7, 0), type, Pace.FromSecondsPerKilometer(secondsPerKm), Pace.FromSecondsPerKilometer(secondsPerKm * 0.98),
        Pace.FromSecondsPerKilometer(secondsPerKm * 1.02), Distance.FromKilometers(km), Duration.FromSeconds(km * secondsPerKm), null, "planned", []);

    private static TrainingPlan Plan(params Workout[] workouts) =>
        new(new PlanOptions(Monday.AddDays(27), Monday), null, [], [.. workouts, Planned(27, WorkoutType.Race, 42.195, 300)], []);

    [Theory]
    [InlineData(9.7, DayOutcome.Missed)]
    [InlineData(18.0, DayOutcome.Partial)]
    [InlineData(26.0, DayOutcome.Done)]
    [InlineData(35.0, DayOutcome.Partial)]
    public void Should_judge_a_planned_long_run_by_its_distance_TrainingPeaks_style(double doneKm, DayOutcome expected)
    {
        // Given a planned 28.7 km long run and one run that day
        var plan = Plan(Planned(6, WorkoutType.Long, 28.7, 360));

        // When
        var status = PlanStatus.Compare(plan, [Histories.Run(6, doneKm, 360)], Monday.AddDays(7));

        // Then: within +-20% done, 50-79% or 121-150% partial, else missed (a 9.7 km run is not the long run)
        Assert.Equal(expected, status.Days.Single(d => d.Date == Monday.AddDays(6)).Outcome);
    }

    [Fact]
    public void Should_call_a_session_run_at_easy_pace_partial_and_a_run_moved_a_day_done()
    {
        // Given a tempo on Wednesday, an easy run on Friday; the tempo run at easy pace, Friday's run done on Saturday
        var plan = Plan(Planned(2, WorkoutType.Tempo, 12, 270), Planned(4, WorkoutType.Easy, 10));
        var runs = new List<Run> { Histories.Run(2, 12, 340), Histories.Run(5, 10.5, 330) };

        // When
        var status = PlanStatus.Compare(plan, runs, Monday.AddDays(7));

        // Then
        Assert.Equal(DayOutcome.Partial, status.Days.Single(d => d.Date == Monday.AddDays(2)).Outcome);
        var friday = status.Days.Single(d => d.Date == Monday.AddDays(4));
        Assert.Equal(DayOutcome.Done, friday.Outcome);
        Assert.EndsWith("run the day after", friday.Note, StringComparison.Ordinal);
        Assert.DoesNotContain(status.Days, d => d.Outcome == DayOutcome.Extra);
        Assert.Equal(0.5, status.Weeks[0].Compliance);
    }
}
