using WorkoutGenerator.Import.Strava;
using WorkoutGenerator.Model.Evaluation;
using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.Services.Jobs;

/// <summary>Turns a use case's own progress (an epoch, a fold, rows read) into a job's, as it is reported.</summary>
public static class JobProgressAdapters
{
    public static IProgress<TrainingProgress> ForTraining(this IProgress<JobProgress> job) => new Mapped<TrainingProgress>(job, JobProgress.From);

    public static IProgress<BackTestProgress> ForBackTest(this IProgress<JobProgress> job) => new Mapped<BackTestProgress>(job, JobProgress.From);

    public static IProgress<ImportProgress> ForImport(this IProgress<JobProgress> job) => new Mapped<ImportProgress>(job, JobProgress.From);

    // Reports on the reporting thread; System.Progress<T> would post to a context a background thread has not.
    private sealed class Mapped<T>(IProgress<JobProgress> job, Func<T, JobProgress> map) : IProgress<T>
    {
        public void Report(T value) => job.Report(map(value));
    }
}
