using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

namespace WorkoutGenerator.Domain.Tests.Training;

public sealed class NextLongRunTests
{
    // Five weeks of 8 km Monday to Saturday and an 18 km Sunday long run, then a last week of weekday runs and
    // perhaps a Saturday run, so the slot (Monday, day 42) follows no long run and no hard day.
    private static List<Run> History(double lastWeekdayKm, double lastSaturdayKm)
    {
        var runs = new List<Run>();
        for (var day = 0; day < 35; day++)
        {
            runs.Add(day % 7 == 6 ? Histories.Run(day, 18, 340, WorkoutType.Long) : Histories.Run(day, 8, 330, WorkoutType.Easy));
        }

        runs.AddRange(Enumerable.Range(35, 5).Select(day => Histories.Run(day, lastWeekdayKm, 330, WorkoutType.Easy)));
        if (lastSaturdayKm > 0)
        {
            runs.Add(Histories.Run(40, lastSaturdayKm, 340, WorkoutType.Unknown));
        }

        return runs;
    }

    [Theory]
    [InlineData(8, 18, WorkoutType.Long)]
    [InlineData(6, 0, WorkoutType.Easy)]
    public void Should_call_a_slow_day_long_only_When_it_reaches_three_quarters_of_the_usual_long_run(double weekdayKm, double saturdayKm, WorkoutType expected)
    {
        // Given a history whose last week is normal or light, and a slow predicted pace
        var history = History(weekdayKm, saturdayKm);

        // When
        var workout = NextWorkout.Prescribe(history, Histories.Day0.AddDays(42), Histories.Predict(420));

        // Then a normal week gives a long run; a light one gives a share of it too short to be one: an easy run
        Assert.Equal(expected, workout.Type);
        if (expected == WorkoutType.Easy)
        {
            Assert.True(workout.Distance < Distance.FromKilometers(15) * 0.75);
            Assert.EndsWith(
                " is under 75% of your usual long run (15.00 km, the mean of the last 4 weeks' longest runs): an easy run, not a long one (Pfitzinger & Douglas).",
                UnitText.Render(workout.Reasons[0], DistanceUnit.Kilometer),
                StringComparison.Ordinal);
        }
    }
}
