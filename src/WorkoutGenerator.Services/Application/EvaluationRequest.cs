namespace WorkoutGenerator.Services.Application;

/// <summary>
/// A back-test: the Transformer trained as <paramref name="Training"/> says, every model refitted on the test period
/// cut by count of test runs (at least 10 a fold, at most 8 folds) or, with <paramref name="FoldDays"/>, every that
/// many days.
/// </summary>
/// <param name="Scratch">Also back-test the same Transformer trained on the runner alone ("transformer_scratch"),
/// which shows what pre-training gains at about twice the back-test's time.</param>
public sealed record EvaluationRequest(TrainingRequest Training, int? FoldDays = null, bool Scratch = false)
{
    public int? FoldDays { get; init; } = OptionBounds.FoldDays.Check(FoldDays);
}
