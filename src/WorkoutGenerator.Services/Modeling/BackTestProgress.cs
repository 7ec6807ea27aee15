using ModelBackTestProgress = WorkoutGenerator.Model.Evaluation.BackTestProgress;

namespace WorkoutGenerator.Services.Modeling;

/// <summary>Reported after each model has been fitted and has predicted one fold of the back-test (both counted from 1).</summary>
public sealed record BackTestProgress(string Model, int Fold, int FoldCount, int ModelIndex, int ModelCount)
{
    internal static IProgress<ModelBackTestProgress>? ForBackTest(IProgress<BackTestProgress>? progress) =>
        ProgressRelay.Of<ModelBackTestProgress, BackTestProgress>(progress, p => new(p.Model, p.Fold, p.FoldCount, p.ModelIndex, p.ModelCount));
}
