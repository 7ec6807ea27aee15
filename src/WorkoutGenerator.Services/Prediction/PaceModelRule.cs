using System.Globalization;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Services.Modeling;

namespace WorkoutGenerator.Services.Prediction;

/// <summary>
/// One question's model: the Transformer (<see cref="Baseline"/> null) or the baseline that beat it on that
/// question's back-test, the words that say why, and the half-width of its range from that back-test.
/// </summary>
internal sealed record QuestionChoice(string? Baseline, string Method, double? HalfWidthSecondsPerKm)
{
    public bool SameModel(QuestionChoice other) => Baseline == other.Baseline;

    /// <summary>The model's name as a sentence reads it.</summary>
    public string ModelName => Baseline ?? "the Transformer";
}

/// <summary>
/// Which model answers each question the app asks, from the last back-test: the question without a plan (`next`
/// with no plan, whose type follows from the pace) goes to the winner of the back-test's unconditioned task, a plan's
/// question (type and distance known) to the winner of its conditioned task. The two tasks are different questions,
/// and on real runners they often have different winners (the per-runner back-tests in docs/pace-transformer.md).
/// A back-test stored before it had a conditioned task, or one without a verdict there, gives the plan's
/// question the unconditioned choice.
/// </summary>
internal static class PaceModelRule
{
    public const string WithPlanLabel = "with a plan: ";

    public static (QuestionChoice WithoutPlan, QuestionChoice WithPlan) Choose(BackTestSummary? backTest)
    {
        var withoutPlan = Choose(backTest?.Models, backTest?.BestBaseline, backTest?.TransformerBeatsBestBaseline, backTest?.RangeHalfWidthSecondsPerKm, backTest is null, string.Empty);
        var conditioned = backTest?.Conditioned;
        if (conditioned is not { TransformerBeatsBestBaseline: not null })
        {
            // The same model answers both; its range with the plan, when the back-test measured one, is still the better one.
            var halfWidth = withoutPlan.Baseline is { } name ? Mae(conditioned?.Models, name) : conditioned?.RangeHalfWidthSecondsPerKm;
            return (withoutPlan, withoutPlan with { HalfWidthSecondsPerKm = halfWidth ?? withoutPlan.HalfWidthSecondsPerKm });
        }

        var withPlan = Choose(conditioned.Models, conditioned.BestBaseline, conditioned.TransformerBeatsBestBaseline, conditioned.RangeHalfWidthSecondsPerKm, false, " with the plan known");
        return (withoutPlan, withPlan);
    }

    /// <summary>
    /// The one line that names the model behind `next` and `plan`: one model's words when both questions chose it,
    /// else each question's model in turn.
    /// </summary>
    public static string Describe(QuestionChoice withoutPlan, QuestionChoice withPlan) =>
        withoutPlan.SameModel(withPlan) ? withoutPlan.Method : $"{withoutPlan.Method}; {WithPlanLabel}{withPlan.Method}";

    /// <summary>Which model paces the workouts while no model is trained: none, the recent-pace fallback (<see cref="PacePredictorProvider"/>).</summary>
    public const string UntrainedPacing = "Until a model is trained, your workouts are paced from your recent runs (the recent-pace fallback), whatever this back-test chose.";

    /// <summary>
    /// <see cref="Pacing(BackTestSummary?)"/> for a saved model's metadata. A back-test may be stored before any model
    /// is trained (evaluate refits every model itself); until one is, next and plan pace from the recent runs
    /// (<see cref="TrainedPredictors"/> has nothing to load), and this says so rather than name a model.
    /// </summary>
    public static string? Pacing(ModelMetadata? metadata) =>
        metadata?.LastBackTest is not { } backTest ? null
        : metadata.Model is null ? UntrainedPacing
        : Pacing(backTest);

    /// <summary>The sentence the Model page ends its verdict with; null without a back-test.</summary>
    public static string? Pacing(BackTestSummary? backTest)
    {
        if (backTest is null)
        {
            return null;
        }

        var (withoutPlan, withPlan) = Choose(backTest);
        return withoutPlan.SameModel(withPlan)
            ? $"Your workouts are paced with {withoutPlan.ModelName}."
            : $"Without a plan your workouts are paced with {withoutPlan.ModelName}; on a plan's days with {withPlan.ModelName}, which did better with the plan known.";
    }

    private static QuestionChoice Choose(IReadOnlyList<ModelError>? models, string? best, bool? beats, double? transformerHalfWidth, bool notBackTested, string task)
    {
        var transformerMae = Mae(models, TransformerPacePredictor.ModelName);
        if (beats is false && best is not null)
        {
            var baselineMae = Mae(models, best);
            return new QuestionChoice(best, string.Create(CultureInfo.InvariantCulture,
                $"{best} baseline: it beat the Transformer in the last back-test{task} (MAE {MaeText(baselineMae)} vs {MaeText(transformerMae)})"), baselineMae);
        }

        var method = notBackTested
            ? "Transformer (not back-tested yet: run workoutgen evaluate to see whether it beats the baselines)"
            : string.Create(CultureInfo.InvariantCulture,
                $"Transformer: beat {best} in the last back-test{task} (MAE {MaeText(transformerMae)} vs {MaeText(Mae(models, best))})");
        return new QuestionChoice(null, method, transformerHalfWidth);
    }

    // A unit-neutral token: the runner reads the error per km or per mile (UnitText.Render).
    private static string MaeText(double? secondsPerKm) => secondsPerKm is { } value ? UnitText.PaceDifference(value) : "n/a";

    private static double? Mae(IReadOnlyList<ModelError>? models, string? name) =>
        models?.FirstOrDefault(model => model.Name == name)?.MaeSecondsPerKm;
}
