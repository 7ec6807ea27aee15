using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Model.Features;

namespace WorkoutGenerator.Model.Prediction;

/// <summary>
/// What a predictor may learn from: samples in start order, split into <see cref="Train"/> and the newest
/// <see cref="Validation"/> (for early stopping), and the runs they came from. Models without early stopping
/// fit on <see cref="All"/>, so they do not lose the newest, most relevant samples.
/// </summary>
public sealed class PaceTrainingSet
{
    public PaceTrainingSet(IReadOnlyList<PaceSample> train, IReadOnlyList<PaceSample> validation, IReadOnlyList<Run> history)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(validation);
        ArgumentNullException.ThrowIfNull(history);
        if (train.Count == 0)
        {
            throw new ArgumentException("A training set needs at least one training sample.", nameof(train));
        }

        if (train.Concat(validation).Any(s => s.Target is null))
        {
            throw new ArgumentException("Every training and validation sample needs a target.", nameof(train));
        }

        if (validation.Count > 0 && validation[0].StartUtc < train[^1].StartUtc)
        {
            throw new ArgumentException("Validation samples must come after the training samples.", nameof(validation));
        }

        Train = train;
        Validation = validation;
        History = history;
        All = [.. train, .. validation];
    }

    public IReadOnlyList<PaceSample> Train { get; }

    /// <summary>The newest samples, after <see cref="Train"/>; may be empty.</summary>
    public IReadOnlyList<PaceSample> Validation { get; }

    /// <summary><see cref="Train"/> followed by <see cref="Validation"/>.</summary>
    public IReadOnlyList<PaceSample> All { get; }

    /// <summary>The usable runs that started before the period to predict, oldest first.</summary>
    public IReadOnlyList<Run> History { get; }

    /// <summary>The start of the newest sample: nothing in this set is later.</summary>
    public DateTimeOffset LatestStartUtc => All[^1].StartUtc;
}
