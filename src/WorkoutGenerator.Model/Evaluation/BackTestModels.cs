using WorkoutGenerator.Model.Prediction;
using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.Model.Evaluation;

/// <summary>
/// Every model <c>evaluate</c> compares, in report order: the one registration list, so a new model is one line
/// here and appears in both tasks of the report, in the CLI's tables and in the stored back-test.
/// </summary>
public static class BackTestModels
{
    public static IReadOnlyList<Func<IPacePredictor>> Factories(TransformerTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return
        [
            () => new TransformerPacePredictor(options),
            .. PaceBaselines.Factories(options.Seed),
        ];
    }
}
