namespace WorkoutGenerator.Model.Transformer;

/// <summary>
/// Fine-tuning pre-trained weights on one runner: a lower peak rate than training from scratch, so the general
/// shape learnt across runners is adapted rather than overwritten, few epochs and early stopping on the runner's
/// newest runs (Howard and Ruder 2018, ULMFiT: lower rates for pre-trained layers, stop early).
/// </summary>
public sealed record FineTuningOptions
{
    /// <summary>
    /// 1e-4 for three epochs. Eight epochs at 3e-4 (<c>ft-e8-lr3</c>) did better on the leave-runners-out table with
    /// 2 pre-training epochs, not with the shipped 20 (docs/pace-transformer.md, "At the shipped budget"): the better
    /// the start, the less a longer fine-tuning adds.
    /// </summary>
    public double LearningRate { get; init; } = 1e-4;

    /// <summary>
    /// Three: the back-test fine-tunes once per fold, so each epoch saved is saved many times over (see
    /// <see cref="LearningRate"/> for the longer fine-tuning measured against it).
    /// </summary>
    public int Epochs { get; init; } = 3;

    public int Patience { get; init; } = 2;

    /// <summary>The Huber δ of fine-tuning: the pre-training's (<see cref="PretrainingOptions.LossDelta"/>), so that the runner's own runs adapt the median the weights learnt rather than pull it towards a mean.</summary>
    public double LossDelta { get; init; } = 0.1;

    public double WarmupFraction { get; init; }

    /// <summary>False keeps the pre-trained encoder as it is and adapts the query, the decoder and the head only.</summary>
    public bool TrainEncoder { get; init; } = true;

    /// <summary>
    /// The pre-trained weights themselves compete with every fine-tuned epoch on the runner's newest runs, so a
    /// runner whose history only pulls the model away from what it learnt across runners keeps what it learnt.
    /// </summary>
    public bool KeepPretrainedWhenBest { get; init; } = true;

    /// <summary>
    /// After early stopping chose the best epoch on the runner's newest runs, fine-tune again from the pre-trained
    /// weights on the training and validation runs together for that many epochs, so the weights also learn from the
    /// runs nearest the ones they will be asked about (the refit on all data after choosing the epoch count on a
    /// hold-out, Hastie et al. 2009, 7.10; Goodfellow et al. 2016, 7.8). When no epoch beat the pre-trained weights
    /// they are kept as they are. Off by default (docs/pace-transformer.md).
    /// </summary>
    public bool RefitWithValidation { get; init; }

    internal void Validate()
    {
        TransformerTrainingOptions.CheckPositive(LearningRate, nameof(LearningRate));
        TransformerTrainingOptions.CheckPositive(LossDelta, nameof(LossDelta));
        ArgumentOutOfRangeException.ThrowIfLessThan(Epochs, 1, nameof(Epochs));
        ArgumentOutOfRangeException.ThrowIfLessThan(Patience, 1, nameof(Patience));
        if (!(WarmupFraction >= 0 && WarmupFraction < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(WarmupFraction), WarmupFraction, "The warm-up is a share of the steps in [0, 1).");
        }
    }
}
