namespace WorkoutGenerator.Services.Application;

/// <summary>A back-test: the Transformer trained as <paramref name="Training"/> says, every model refitted every <paramref name="FoldDays"/> days.</summary>
public sealed record EvaluationRequest(TrainingRequest Training, int FoldDays = 28)
{
    public int FoldDays { get; init; } = OptionBounds.FoldDays.Check(FoldDays);
}
