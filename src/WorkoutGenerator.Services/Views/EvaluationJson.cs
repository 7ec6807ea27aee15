using System.Text.Json;
using System.Text.Json.Nodes;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Model.Evaluation;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Services.Races;

namespace WorkoutGenerator.Services.Views;

/// <summary>`evaluate --json`: the back-test report as the Model project writes it, and the workout-type codes it uses.</summary>
public static class EvaluationJson
{
    public static string Serialize(EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var json = BackTestJson.Serialize(result.Report);
        if (result.Races is null)
        {
            return json;
        }

        // The pace back-test's document as the Model writes it, with the race back-test beside it.
        var document = JsonNode.Parse(json)!.AsObject();
        document["races"] = RaceReportJson.ToJson(result.Races);
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>One question's verdict: its best baseline, and whether the Transformer beat it (null when it was not back-tested).</summary>
    public static (string? BestBaseline, bool? TransformerBeats) Verdict(BackTestTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return (task.BestBaseline()?.Name, task.Beats(TransformerPacePredictor.ModelName));
    }

    /// <summary>A workout type as the report names it ("long", "easy", ...).</summary>
    public static string WorkoutTypeCode(WorkoutType type) => BackTestJson.WorkoutTypeCode(type);
}
