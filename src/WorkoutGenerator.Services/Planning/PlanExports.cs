using System.Text;
using WorkoutGenerator.Domain.Planning;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Services.Exports;
using WorkoutGenerator.Services.Files;

namespace WorkoutGenerator.Services.Planning;

/// <summary>The files a new plan is also written to: a calendar, a CSV, a folder of FIT workouts for the watch.</summary>
public sealed record PlanExports(string? Ics = null, string? Csv = null, string? FitFolder = null, DistanceUnit Unit = DistanceUnit.Kilometer)
{
    /// <summary>Refuses a path that is the database or cannot be written, before anything is built or stored.</summary>
    internal Checked Check(string databasePath) => new(
        Ics is null ? null : OutputPaths.CheckFile(Ics, databasePath),
        Csv is null ? null : OutputPaths.CheckFile(Csv, databasePath),
        FitFolder is null ? null : OutputPaths.CheckFolder(FitFolder, databasePath),
        Unit);

    internal sealed record Checked(string? Ics, string? Csv, string? FitFolder, DistanceUnit Unit)
    {
        public void Stage(StagedFiles files, TrainingPlan plan, DateTimeOffset created)
        {
            if (Ics is not null)
            {
                files.Write(Ics, Encoding.UTF8.GetBytes(IcsExporter.Export(plan.Workouts, Unit, zone: plan.Options.TimeZone)));
            }

            if (Csv is not null)
            {
                files.Write(Csv, Encoding.UTF8.GetBytes(CsvExporter.Export(plan.Workouts, Unit)));
            }

            if (FitFolder is not null)
            {
                FitWorkoutFolder.Stage(files, FitWorkoutFolder.WatchWorkouts(plan), FitFolder, created);
            }
        }
    }
}
