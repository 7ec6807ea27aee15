namespace WorkoutGenerator.Model.Transformer;

/// <summary>Reported after every epoch. Losses are mean absolute pace errors in s/km; validation is null without a validation set.</summary>
public sealed record TrainingProgress(int Member, int Members, int Epoch, int Epochs, double TrainMaeSecondsPerKm, double? ValidationMaeSecondsPerKm, double? BestValidationMaeSecondsPerKm);

/// <summary>How one ensemble member's training ended.</summary>
/// <param name="BestEpoch">The epoch whose weights were kept (1-based).</param>
public sealed record MemberSummary(int Seed, int EpochsRun, int BestEpoch, double? BestValidationMaeSecondsPerKm);

/// <summary>How a whole training ended; <see cref="Cancelled"/> when it stopped early on request, keeping the best weights so far.</summary>
public sealed record TrainingSummary(IReadOnlyList<MemberSummary> Members, bool Cancelled);
