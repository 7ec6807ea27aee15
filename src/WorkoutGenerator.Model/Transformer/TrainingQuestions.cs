using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction.Baselines;

namespace WorkoutGenerator.Model.Transformer;

/// <summary>
/// The training questions of a runner's samples as tensors: each asked with its plan taken from the run that
/// happened (the trainer drops the plan from a random share of them, so one model learns both questions), and in
/// residual mode measured from the level the question is asked with and the one without its plan.
/// </summary>
internal static class TrainingQuestions
{
    public static PaceTensors Of(IReadOnlyList<PaceSample> samples, FeatureScaler scaler, EwmaPredictor? level, LevelUse? use = null)
    {
        var planned = samples.Select(s => s.WithPlanFromTarget()).ToArray();
        var levels = level is null ? null : planned.Select(s => ResidualLevel.Of(level, s, use is { UsualPace: true })).ToArray();
        return PaceTensors.Create(planned, scaler, levels, use is { RelativeTokens: true } && levels is not null);
    }
}
