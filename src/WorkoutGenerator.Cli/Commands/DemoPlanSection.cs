using Spectre.Console;
using WorkoutGenerator.Cli.Rendering;
using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Services.Planning;
using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Cli.Commands;

/// <summary>The end of `workoutgen demo`: the demo athlete's next workout and the first weeks of a marathon plan.</summary>
internal static class DemoPlanSection
{
    public const int WeeksShown = 3;
    public const int WeeksToRace = 16;

    public static void Render(CliContext context, string databasePath, DistanceUnit unit, CancellationToken cancellationToken)
    {
        using var database = WorkoutDatabase.Open(databasePath, context.Time);
        var service = new PlanService(database, Predictors.For(database), context.Time);
        var console = context.Console;
        console.Write(new Rule("Next workout").LeftJustified());
        var workout = service.Next(cancellationToken: cancellationToken).ValueOrThrow();
        console.Write(WorkoutCard.Build(workout.Workout, workout.Predictor, unit));
        // The plan starts on the day of the workout just shown, so the card and the plan's first day are one answer.
        var start = DateOnly.FromDateTime(workout.Slot);
        var plan = service.CreatePlan(new PlanOptions(RaceDay(start), start), cancellationToken: cancellationToken).ValueOrThrow();
        console.Write(new Rule($"Plan to a marathon, first {WeeksShown} weeks").LeftJustified());
        PlanTable.Render(console, plan, unit, WeeksShown);
    }

    /// <summary>The first Sunday at least <see cref="WeeksToRace"/> weeks ahead: a usual marathon block.</summary>
    public static DateOnly RaceDay(DateOnly today)
    {
        var day = today.AddDays(7 * WeeksToRace);
        while (day.DayOfWeek != DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
