namespace WorkoutGenerator.Model.Transformer;

/// <summary>
/// One training run of one <see cref="PaceTransformer"/>: from scratch, fine-tuning from pre-trained weights, or
/// pre-training across runners. <see cref="PlanDropout"/> is the share of training questions asked without
/// their plan, so one model learns both the conditioned and the unconditioned question. <see cref="StopAfterEpoch"/>
/// ends training after that epoch with the learning-rate schedule still laid out over <see cref="Epochs"/>, so a
/// run repeated without validation follows the steps of the one that chose it.
/// </summary>
internal sealed record TrainerSettings(
    double LearningRate,
    double WeightDecay,
    int BatchSize,
    int Epochs,
    double WarmupFraction,
    int Patience,
    double PlanDropout,
    bool TrainEncoder,
    double LossDelta,
    bool KeepStartingWeights = false,
    int? AverageFromEpoch = null,
    int? StopAfterEpoch = null)
{
    public static TrainerSettings FromScratch(TransformerTrainingOptions options) => new(
        options.LearningRate, options.WeightDecay, options.BatchSize, options.Epochs, options.WarmupFraction, options.Patience, options.PlanDropout, TrainEncoder: true, options.LossDelta);

    public static TrainerSettings FineTuning(TransformerTrainingOptions options) => new(
        options.FineTuning.LearningRate,
        options.WeightDecay,
        options.BatchSize,
        options.FineTuning.Epochs,
        options.FineTuning.WarmupFraction,
        options.FineTuning.Patience,
        options.PlanDropout,
        options.FineTuning.TrainEncoder,
        options.FineTuning.LossDelta,
        options.FineTuning.KeepPretrainedWhenBest);
}
