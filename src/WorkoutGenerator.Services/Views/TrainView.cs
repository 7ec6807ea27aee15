using System.Text.Json.Serialization;
using WorkoutGenerator.Services.Modeling;

namespace WorkoutGenerator.Services.Views;

/// <summary>`train --json`: where the model went, how long it took, whether it was stopped, each member's training.</summary>
public sealed record TrainView(
    [property: JsonPropertyName("directory")] string Directory,
    [property: JsonPropertyName("notice")] string? Notice,
    [property: JsonPropertyName("elapsed_seconds")] double ElapsedSeconds,
    [property: JsonPropertyName("cancelled")] bool Cancelled,
    [property: JsonPropertyName("members")] IReadOnlyList<MemberSummary> Members)
{
    public static TrainView From(TrainResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new TrainView(result.Directory, result.Notice, Math.Round(result.Elapsed.TotalSeconds, 1), result.Training.Cancelled, result.Training.Members);
    }
}
