using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;

using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Storage.Tests;

/// <summary>Plans to store: one built by the Domain over six synthetic weeks, one written by hand to reach the nulls.</summary>
internal static class SamplePlans
{
    private static readonly IReadOnlyList<string> NoReasons = [];

    public static TrainingPlan Built()
    {
        var history = SampleRuns.SixWeeksWithARace();
        var from = DateOnly.FromDateTime(SampleRuns.Day0.AddDays(42));
        var options = new PlanOptions(from.AddDays(69), from, RaceKind.HalfMarathon, 5, DayOfWeek.Sunday)
        {
            Start = new TimeOnly(6, 45, 12, 345),
            Training = TrainingOptions.Default with { MaxLongRunDuration = Duration.FromMinutes(160.5), MinRunDistance = Distance.FromMeters(3210.7) },
        };
        return PlanBuilder.Build(history, options, new RecentPacePredictor());
    }

    public static TrainingPlan HandMade()
    {
        var options = new PlanOptions(new DateOnly(2025, 6, 1), new DateOnly(2025, 3, 3), RaceKind.TenK, 3, DayOfWeek.Saturday);
        var easy = Pace.FromSecondsPerKilometer(333.3);
        Workout Easy(DateOnly date, TimeOnly? start) => new(
            date, start, WorkoutType.Easy, easy, Pace.FromSecondsPerKilometer(320.1), Pace.FromSecondsPerKilometer(350.9),
            Distance.FromMeters(8123.4), easy.TimeFor(Distance.FromMeters(8123.4)), null, "why \"quoted\", ünïcode", ["a", "b; c"]);
        return new TrainingPlan(
            options,
            null,
            [new PlannedWeek(new DateOnly(2025, 3, 3), PlanPhase.Base, Distance.FromMeters(30000.1), Distance.FromMeters(16246.8), Distance.Zero, "Base: level 30.00 km.")],
            [Easy(new DateOnly(2025, 3, 4), null), Easy(new DateOnly(2025, 3, 6), new TimeOnly(18, 5))],
            []);
    }

    /// <summary>Every field, the lists element by element (records compare lists by reference).</summary>
    public static void AssertSame(TrainingPlan expected, TrainingPlan actual)
    {
        Assert.Equal(expected.Options, actual.Options);
        Assert.Equal(expected.Options.Training, actual.Options.Training);
        Assert.Equal(expected.Race, actual.Race);
        Assert.Equal(expected.Weeks, actual.Weeks);
        Assert.Equal(expected.Warnings, actual.Warnings);
        Assert.Equal(expected.Workouts.Count, actual.Workouts.Count);
        foreach (var (want, got) in expected.Workouts.Zip(actual.Workouts))
        {
            Assert.Equal(want with { Structure = null, Reasons = NoReasons }, got with { Structure = null, Reasons = NoReasons });
            Assert.Equal(want.Reasons, got.Reasons);
            Assert.Equal(want.Structure is null, got.Structure is null);
            if (want.Structure is { } structure)
            {
                Assert.Equal(structure.Blocks.Select(b => b.Repeats), got.Structure!.Blocks.Select(b => b.Repeats));
                Assert.Equal(structure.Blocks.SelectMany(b => b.Steps), got.Structure.Blocks.SelectMany(b => b.Steps));
            }
        }
    }
}
