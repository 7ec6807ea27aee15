using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Model.Evaluation;
using WorkoutGenerator.Services.Modeling;

namespace WorkoutGenerator.Services.Views;

/// <summary>`evaluate --json`: the back-test report as the Model project writes it, and the workout-type codes it uses.</summary>
public static class EvaluationJson
{
    public static string Serialize(EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return BackTestJson.Serialize(result.Report);
    }

    /// <summary>A workout type as the report names it ("long", "easy", ...).</summary>
    public static string WorkoutTypeCode(WorkoutType type) => BackTestJson.WorkoutTypeCode(type);
}
