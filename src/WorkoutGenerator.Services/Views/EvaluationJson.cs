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
        var report = result.Source ?? throw new ArgumentException("Only a back-test's own result carries the report evaluate --json prints.", nameof(result));
        return BackTestJson.Serialize(report);
    }

    /// <summary>A workout type as the report names it ("long", "easy", ...).</summary>
    public static string WorkoutTypeCode(WorkoutType type) => BackTestJson.WorkoutTypeCode(type);
}
