namespace WorkoutGenerator.Model.Evaluation;

/// <summary>Reported after each model has been fitted and has predicted one fold (both counted from 1).</summary>
public sealed record BackTestProgress(string Model, int Fold, int FoldCount, int ModelIndex, int ModelCount);
