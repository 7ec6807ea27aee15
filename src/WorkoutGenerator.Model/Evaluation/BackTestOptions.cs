namespace WorkoutGenerator.Model.Evaluation;

/// <summary>How the rolling-origin back-test splits a runner's samples.</summary>
public sealed record BackTestOptions
{
    /// <summary>The newest share of samples that is predicted (the test period).</summary>
    public double TestFraction { get; init; } = 0.2;

    /// <summary>
    /// Each fold of the default plan (folds by count) predicts at least this many test runs. A fold's own error over
    /// fewer runs is mostly noise, and refitting a model after fewer than about two weeks of running changes little:
    /// what moves between refits, the runner's current level, every model reads from the runs before each test run
    /// anyway (the <c>ewma</c> level, the previous week's runs), whatever the fold.
    /// </summary>
    public int MinTestRunsPerFold { get; init; } = 10;

    /// <summary>
    /// The default plan refits every model at most this many times, so the back-test's cost grows with the
    /// history's size only through each fit, never through its shape (a long, sparse history once cut into 28-day
    /// folds gave 17 refits for 79 test runs). Eight keeps a 3,000-run history within six minutes on 2 cores
    /// (docs/pace-transformer.md) and a model at most an eighth of the test period stale.
    /// </summary>
    public int MaxFolds { get; init; } = 8;

    /// <summary>
    /// When set, the test period is cut into spans of this length instead (the earlier plan: <c>evaluate
    /// --fold-days</c>), as many refits as the spans hold runs; null (the default) cuts it by count of test runs.
    /// </summary>
    public TimeSpan? FoldLength { get; init; }

    /// <summary>
    /// Adds "stacked" to the report: per fold and question, the model or pair of models best on the fold's
    /// validation samples (see <see cref="Stacking"/>). It fits every model that does not stop early a second time,
    /// on the training part alone, so that its validation errors are out of sample.
    /// </summary>
    public bool Stack { get; init; } = true;

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
        if (FoldLength is { } length && length <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(FoldLength), FoldLength, "A fold lasts a positive time.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(MinValidationSamples);
        ArgumentOutOfRangeException.ThrowIfLessThan(MinTestRunsPerFold, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxFolds, 1);
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
