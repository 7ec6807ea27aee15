namespace WorkoutGenerator.Model.Transformer;

/// <summary>How <see cref="TransformerPacePredictor"/> trains; defaults are the measured choice (see README "Pace Transformer").</summary>
public sealed record TransformerTrainingOptions
{
    public PaceTransformerOptions Architecture { get; init; } = PaceTransformerOptions.Seed;

    /// <summary>The most epochs a member trains; early stopping usually ends it sooner.</summary>
    public int Epochs { get; init; } = 15;

    public int BatchSize { get; init; } = 64;

    /// <summary>The peak learning rate, reached after the warm-up.</summary>
    public double LearningRate { get; init; } = 5e-4;

    public double WeightDecay { get; init; } = 0.01;

    /// <summary>Share of all steps spent raising the learning rate linearly from 0; a cosine decay to 0 follows.</summary>
    public double WarmupFraction { get; init; } = 0.1;

    /// <summary>Stop a member after this many epochs without a better validation error.</summary>
    public int Patience { get; init; } = 5;

    /// <summary>Members trained from seeds Seed, Seed+1, ...; the prediction is their mean, their spread a range.</summary>
    public int EnsembleSize { get; init; } = 1;

    /// <summary>
    /// Learn the pace minus the <c>ewma</c> baseline's level (which is also fed to the decoder), so the network
    /// only has to learn how the kind of run and the week move a pace away from the runner's current level.
    /// </summary>
    public bool PredictResidual { get; init; } = true;

    /// <summary>
    /// In residual mode, how the level is used beyond being the base. Fine-tuning follows the pre-trained weights'
    /// choice instead: their residuals and inputs were learnt with it.
    /// </summary>
    public LevelUse Level { get; init; } = LevelUse.Default;

    public int Seed { get; init; } = 1;

    /// <summary>
    /// After training, add the runner's own remaining offsets per question (<see cref="RunnerOffsets"/>), shrunk by
    /// n / (n + this many runs); null leaves the network's answers as they are.
    /// </summary>
    public double? OffsetShrinkRuns { get; init; }

    /// <summary>
    /// Fit the offsets on the validation part only (the newest runs, which the network did not train on) rather
    /// than on every run before the question.
    /// </summary>
    public bool OffsetsFromNewest { get; init; }

    /// <summary>
    /// After fine-tuning, fit the output layer again in closed form on the runner's runs, with the penalty (or none)
    /// its validation runs choose (<see cref="Transformer.HeadRefit"/>). Not with
    /// <see cref="FineTuningOptions.RefitWithValidation"/>, whose network has seen the runs that would choose.
    /// </summary>
    public bool HeadRefit { get; init; }

    /// <summary>
    /// The Huber loss's δ when training from scratch, in robust standard deviations of the runner's target:
    /// errors below it are squared, above it counted linearly. δ = 1 fits close to the conditional mean; a small δ
    /// fits close to the conditional median, the point forecast that minimises the mean absolute error the
    /// back-test scores (Gneiting 2011, "Making and evaluating point forecasts"). From scratch, δ = 1 stays: δ = 0.1
    /// was no better on the shared runners (docs/pace-transformer.md). Fine-tuning has its own, <see cref="FineTuningOptions.LossDelta"/>.
    /// </summary>
    public double LossDelta { get; init; } = 1;

    /// <summary>
    /// The share of training questions asked without their plan (type and distance), drawn anew in every batch:
    /// half the time the model learns the conditioned question a plan asks, half the time the seed's own one.
    /// </summary>
    public double PlanDropout { get; init; } = 0.5;

    /// <summary>How a predictor given pre-trained weights adapts them to the runner.</summary>
    public FineTuningOptions FineTuning { get; init; } = new();

    /// <summary>
    /// libtorch intra-op threads. One, because on 2 cores shared with other work libtorch's OpenMP threads
    /// spin-wait at every barrier: measured on the demo athlete under load, 2 threads took 3.5x the wall time
    /// and 4.7x the CPU time of 1 thread for the same 3 epochs. Raise it on an idle machine.
    /// </summary>
    public int Threads { get; init; } = 1;

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(Architecture);
        Architecture.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThan(Epochs, 1, nameof(Epochs));
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(Patience, 1, nameof(Patience));
        ArgumentOutOfRangeException.ThrowIfLessThan(EnsembleSize, 1, nameof(EnsembleSize));
        if (OffsetShrinkRuns is { } shrink && !(shrink >= 0 && double.IsFinite(shrink)))
        {
            throw new ArgumentOutOfRangeException(nameof(OffsetShrinkRuns), shrink, "The offsets' shrinkage is a count of runs, zero or more.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(Threads, 1, nameof(Threads));
        ArgumentNullException.ThrowIfNull(FineTuning);
        FineTuning.Validate();
        if (HeadRefit && FineTuning.RefitWithValidation)
        {
            throw new ArgumentException("The head refit chooses on the validation runs, which a refit with them has trained on; use one or the other.", nameof(HeadRefit));
        }

        if (!(PlanDropout >= 0 && PlanDropout <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(PlanDropout), PlanDropout, "The plan dropout is a probability in [0, 1].");
        }
        CheckPositive(LearningRate, nameof(LearningRate));
        CheckPositive(LossDelta, nameof(LossDelta));
        if (!(WeightDecay >= 0) || !double.IsFinite(WeightDecay))
        {
            throw new ArgumentOutOfRangeException(nameof(WeightDecay), WeightDecay, "Weight decay is a finite, non-negative number.");
        }

        if (!(WarmupFraction >= 0 && WarmupFraction < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(WarmupFraction), WarmupFraction, "The warm-up is a share of the steps in [0, 1).");
        }
    }

    internal static void CheckPositive(double value, string name)
    {
        if (!(value > 0) || !double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "This is a finite, positive number.");
        }
    }
}
