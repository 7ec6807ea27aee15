using Spectre.Console;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Importing;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Services.Planning;

namespace WorkoutGenerator.Cli.Rendering;

/// <summary>`workoutgen demo` on the console: each step of the demo as a section under its own rule.</summary>
internal sealed class DemoSections(IAnsiConsole console, DistanceUnit unit) : IDemoSink
{
    public IProgress<ImportProgress>? ImportProgress => null;

    public void Imported(DemoImport import)
    {
        ImportSummaryRenderer.Render(console, import.Summary, import.Kept ? import.DatabasePath : "a throw-away database");
        console.WriteLine();
        console.Write(new Rule($"Last {DemoUseCase.WeeksShown} weeks").LeftJustified());
        console.Write(WeekTable.Build(import.LastWeeks, unit));
        console.Write(new Rule($"Last {DemoUseCase.RunsShown} runs").LeftJustified());
        console.Write(RunTable.Build(import.LastRuns, unit, console));
    }

    public TrainingOutcome Training(DemoTrainingBudget budget, Func<IProgress<TrainingProgress>?, TrainingOutcome> train)
    {
        var (demo, defaults) = budget;
        console.Write(new Rule("Pace Transformer").LeftJustified());
        console.MarkupLineInterpolated(
            $"Training on the demo athlete with a smaller demo budget: {demo.EnsembleSize} models x up to {demo.Epochs} epochs (workoutgen train uses {defaults.EnsembleSize} x {defaults.Epochs}).");
        return TrainingView.Run(console, false, train);
    }

    public void Trained(TrainingOutcome outcome) => TrainingView.Render(console, outcome);

    public void Predicted(PredictionResult prediction) => PredictionText.Render(console, prediction, unit);

    public void NextWorkout(NextWorkoutResult next)
    {
        console.Write(new Rule("Next workout").LeftJustified());
        console.Write(WorkoutCard.Build(next.Workout, next.Predictor, unit));
    }

    public void Planned(PlanResult plan, int weeksShown)
    {
        console.Write(new Rule($"Plan to a marathon, first {weeksShown} weeks").LeftJustified());
        PlanTable.Render(console, plan, unit, weeksShown);
    }
}
