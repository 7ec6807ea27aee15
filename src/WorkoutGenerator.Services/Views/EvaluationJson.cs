using System.Text.Json;
using System.Text.Json.Nodes;
using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Model.Evaluation;
using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Services.Races;

namespace WorkoutGenerator.Services.Views;

/// <summary>`evaluate --json`: the back-test report as the Model project writes it, and the workout-type codes it uses.</summary>
public static class EvaluationJson
{
    public static string Serialize(EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var report = result.Source ?? throw new ArgumentException("Only a back-test's own result carries the report evaluate --json prints.", nameof(result));
        var json = BackTestJson.Serialize(report);
        if (result.Races is null)
        {
            return json;
        }

        // The pace back-test's document as the Model writes it, with the race back-test beside it.
        var document = JsonNode.Parse(json)!.AsObject();
        document["races"] = RaceReportJson.ToJson(result.Races);
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>A workout type as the report names it ("long", "easy", ...).</summary>
    public static string WorkoutTypeCode(WorkoutType type) => BackTestJson.WorkoutTypeCode(type);
}
