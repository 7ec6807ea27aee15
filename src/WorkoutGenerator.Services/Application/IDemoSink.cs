using WorkoutGenerator.Services.Importing;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Services.Planning;

namespace WorkoutGenerator.Services.Application;

/// <summary>
/// Where the demo reports each step as it ends, in order: a host renders them (the CLI as sections, a web page as
/// progress). Training is handed over as a function so the host can wrap it in its own progress display.
/// </summary>
public interface IDemoSink
{
    /// <summary>Progress of the import; null for none.</summary>
    IProgress<ImportProgress>? ImportProgress { get; }

    void Imported(DemoImport import);

    /// <summary>Runs <paramref name="train"/> (with a progress of the host's, or null) and returns what it returned.</summary>
    TrainingOutcome Training(DemoTrainingBudget budget, Func<IProgress<TrainingProgress>?, TrainingOutcome> train);

    void Trained(TrainingOutcome outcome);

    void Predicted(PredictionResult prediction);

    void NextWorkout(NextWorkoutResult next);

    /// <param name="weeksShown">How many of the plan's first weeks the demo shows.</param>
    void Planned(PlanResult plan, int weeksShown);
}
