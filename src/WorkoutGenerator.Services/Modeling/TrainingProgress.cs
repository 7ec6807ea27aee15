using ModelTrainingProgress = WorkoutGenerator.Model.Transformer.TrainingProgress;

namespace WorkoutGenerator.Services.Modeling;

/// <summary>Reported after every epoch of one ensemble member. Errors are mean absolute pace errors in s/km; validation is null without a validation set.</summary>
public sealed record TrainingProgress(int Member, int Members, int Epoch, int Epochs, double TrainMaeSecondsPerKm, double? ValidationMaeSecondsPerKm, double? BestValidationMaeSecondsPerKm)
{
    internal static IProgress<ModelTrainingProgress>? ForTrainer(IProgress<TrainingProgress>? progress) =>
        ProgressRelay.Of<ModelTrainingProgress, TrainingProgress>(progress, p => new(p.Member, p.Members, p.Epoch, p.Epochs, p.TrainMaeSecondsPerKm, p.ValidationMaeSecondsPerKm, p.BestValidationMaeSecondsPerKm));
}
