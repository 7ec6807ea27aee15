using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Training;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Services.Exports;

namespace WorkoutGenerator.Services.Application;

/// <summary>
/// A plan or a workout in the formats a runner takes elsewhere: a calendar, a spreadsheet, JSON, FIT workouts for
/// a watch. Made in memory, so a web host can send them as downloads; <see cref="PlanRequest.Exports"/> writes a
/// new plan's files to disk together with storing it.
/// </summary>
public sealed class ExportUseCase
{
    private readonly TimeProvider _time;

    internal ExportUseCase(TimeProvider time) => _time = time;

    /// <summary>
    /// The workouts of <paramref name="plan"/> that go to the watch: every one but the race, which is run, not
    /// followed on the watch as a workout.
    /// </summary>
    public static IEnumerable<Workout> WatchWorkouts(TrainingPlan plan) => FitWorkoutFolder.WatchWorkouts(plan);

    /// <summary>The plan as an iCalendar file, each run at its true start on the plan's clock.</summary>
    public string Ics(TrainingPlan plan, DistanceUnit unit = DistanceUnit.Kilometer)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return IcsExporter.Export(plan.Workouts, unit, zone: plan.Options.TimeZone);
    }

    /// <summary>The plan's workouts as CSV (<see cref="CsvExporter.Header"/>).</summary>
    public string Csv(TrainingPlan plan, DistanceUnit unit = DistanceUnit.Kilometer)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return CsvExporter.Export(plan.Workouts, unit);
    }

    /// <summary>The plan's workouts as the JSON `plan --json` prints.</summary>
    public string PlanJson(TrainingPlan plan, DistanceUnit unit = DistanceUnit.Kilometer)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return JsonExporter.ExportPlan(plan.Workouts, unit);
    }

    /// <summary>One workout as the JSON `next --json` prints.</summary>
    public string WorkoutJson(Workout workout, DistanceUnit unit = DistanceUnit.Kilometer) => JsonExporter.ExportWorkout(workout, unit);

    /// <summary>One workout as a FIT workout file, named like "2026-11-28-tempo.fit".</summary>
    public ExportFile FitFile(Workout workout)
    {
        ArgumentNullException.ThrowIfNull(workout);
        return new ExportFile(FitWorkoutExporter.FileName(workout), FitWorkoutExporter.Export(workout, _time.GetUtcNow()));
    }

    /// <summary>The FIT workout files of <see cref="WatchWorkouts"/>, as `plan --fit-dir` writes them (e.g. for a zip).</summary>
    public IReadOnlyList<ExportFile> FitFolder(TrainingPlan plan) => FitWorkoutFolder.Files(WatchWorkouts(plan), _time.GetUtcNow());
}
