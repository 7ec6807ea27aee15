using System.Text.Json.Serialization;
using WorkoutGenerator.Services.Jobs;

namespace WorkoutGenerator.Services.Views;

/// <summary>A background job's snapshot as JSON, for a page that shows its progress live.</summary>
public sealed record JobView(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("phase")] string? Phase,
    [property: JsonPropertyName("step")] string? Step,
    [property: JsonPropertyName("step_number")] int? StepNumber,
    [property: JsonPropertyName("step_count")] int? StepCount,
    [property: JsonPropertyName("train_mae_s_per_km")] double? TrainMaeSecondsPerKm,
    [property: JsonPropertyName("validation_mae_s_per_km")] double? ValidationMaeSecondsPerKm,
    [property: JsonPropertyName("fraction")] double? Fraction,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("elapsed_s")] double ElapsedSeconds,
    [property: JsonPropertyName("note")] string? Note,
    [property: JsonPropertyName("log")] IReadOnlyList<string> Log)
{
    public static JobView From(JobSnapshot job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var progress = job.Progress;
        return new JobView(
            job.Id,
            Code(job.Kind),
            Code(job.State),
            progress?.Phase,
            progress?.Step?.Name,
            progress?.Step?.Number,
            progress?.Step?.Count,
            progress?.TrainMaeSecondsPerKm,
            progress?.ValidationMaeSecondsPerKm,
            job.State == JobState.Done ? 1.0 : progress?.Fraction,
            StatusLine(job),
            Math.Round(job.Elapsed.TotalSeconds, 1),
            job.Note,
            job.Log);
    }

    /// <summary>The line a page shows under the progress bar: where the job is, or how it ended, and for how long it ran.</summary>
    public static string StatusLine(JobSnapshot job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var elapsed = $"{(int)job.Elapsed.TotalHours}:{job.Elapsed:mm\\:ss}";
        return job.State switch
        {
            JobState.Running => $"{job.Progress?.Describe() ?? "Starting"} ({elapsed})",
            JobState.Done => $"Done in {elapsed}.",
            JobState.Cancelled => $"Cancelled after {elapsed}.",
            _ => $"Failed after {elapsed}.",
        };
    }

    /// <summary>"train", "evaluate", "import"; "running", "done", "cancelled", "failed": the values pages and scripts test for.</summary>
    public static string Code<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
