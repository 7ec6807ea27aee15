namespace WorkoutGenerator.Model.Evaluation;

/// <summary>How the rolling-origin back-test splits a runner's samples.</summary>
public sealed record BackTestOptions
{
    /// <summary>The newest share of samples that is predicted (the test period).</summary>
    public double TestFraction { get; init; } = 0.2;

    /// <summary>
    /// Models are refitted at the start of every fold of this length. Four weeks is one training block: a
    /// runner's level moves over weeks, so a model is never more than a month stale, and a 20% test period of a
    /// typical history (several months) still gives only a handful of refits, which a Transformer ensemble can
    /// afford on 2 cores.
    /// </summary>
    public TimeSpan FoldLength { get; init; } = TimeSpan.FromDays(28);

    /// <summary>The newest share of each fold's training samples held out for early stopping.</summary>
    public double ValidationFraction { get; init; } = 0.15;

    /// <summary>
    /// At least this many validation samples where the data allows: windows of 15-50 samples made early
    /// stopping pick noise in the reference study.
    /// </summary>
    public int MinValidationSamples { get; init; } = 60;

    /// <summary>Never hold out more than this share of the training samples, so a short history still trains.</summary>
    public double MaxValidationFraction { get; init; } = 0.3;

    /// <summary>Fewer training samples than this at the first fold and the back-test refuses to run.</summary>
    public int MinTrainingSamples { get; init; } = 20;

    internal void Validate()
    {
        CheckFraction(TestFraction, nameof(TestFraction));
        CheckFraction(ValidationFraction, nameof(ValidationFraction));
        CheckFraction(MaxValidationFraction, nameof(MaxValidationFraction));
        if (FoldLength <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(FoldLength), FoldLength, "A fold lasts a positive time.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(MinValidationSamples);
        ArgumentOutOfRangeException.ThrowIfLessThan(MinTrainingSamples, 1);
    }

    /// <summary>How many of <paramref name="trainingCount"/> samples go to validation.</summary>
    public int ValidationCount(int trainingCount)
    {
        var wanted = Math.Max((int)Math.Ceiling(ValidationFraction * trainingCount), MinValidationSamples);
        return Math.Min(wanted, (int)Math.Floor(MaxValidationFraction * trainingCount));
    }

    private static void CheckFraction(double value, string name)
    {
        if (!(value > 0 && value < 1))
        {
            throw new ArgumentOutOfRangeException(name, value, "A fraction lies strictly between 0 and 1.");
        }
    }
}
