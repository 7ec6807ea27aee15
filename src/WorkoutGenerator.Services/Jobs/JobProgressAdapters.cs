using WorkoutGenerator.Services.Importing;
using WorkoutGenerator.Services.Modeling;

namespace WorkoutGenerator.Services.Jobs;

/// <summary>Turns a use case's own progress (an epoch, a fold, rows read) into a job's, as it is reported.</summary>
public static class JobProgressAdapters
{
    public static IProgress<TrainingProgress> ForTraining(this IProgress<JobProgress> job) => new ProgressRelay<TrainingProgress, JobProgress>(job, JobProgress.From);

    public static IProgress<BackTestProgress> ForBackTest(this IProgress<JobProgress> job) => new ProgressRelay<BackTestProgress, JobProgress>(job, JobProgress.From);

    public static IProgress<ImportProgress> ForImport(this IProgress<JobProgress> job) => new ProgressRelay<ImportProgress, JobProgress>(job, JobProgress.From);
}
