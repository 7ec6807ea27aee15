using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Testing;

namespace WorkoutGenerator.Services.Tests.Exports;

/// <summary>A 10-week half-marathon plan over six synthetic weeks of running, with a 10 km race in them.</summary>
internal static class SamplePlan
{
    public static TrainingPlan Build()
    {
        var from = DateOnly.FromDateTime(SampleRuns.Day0.AddDays(42));
        return PlanBuilder.Build(SampleRuns.SixWeeksWithARace(), new PlanOptions(from.AddDays(69), from, RaceKind.HalfMarathon, 5, DayOfWeek.Sunday), new RecentPacePredictor());
    }
}
