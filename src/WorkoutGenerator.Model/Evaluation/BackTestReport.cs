namespace WorkoutGenerator.Model.Evaluation;

/// <summary>
/// The outcome of a back-test: every model scored on exactly the same test samples, for the question without a
/// plan (<see cref="Models"/>, <see cref="Predictions"/>: the seed's task) and, on the same samples and folds from
/// the same fits, for the question with the planned type and distance known (<see cref="Conditioned"/>).
/// </summary>
public sealed record BackTestReport
{
    /// <summary>Samples available for training at the first fold (training plus validation).</summary>
    public required int TrainSamples { get; init; }

    /// <summary>Of <see cref="TrainSamples"/>, those held out for validation at the first fold.</summary>
    public required int ValidationSamples { get; init; }

    public required int TestSamples { get; init; }

    public required int Folds { get; init; }

    /// <summary>The length of each fold when the test period was cut by time; null when it was cut by count of test runs.</summary>
    public TimeSpan? FoldLength { get; init; }

    /// <summary>The least test runs a fold was cut to hold, when the test period was cut by count; null when cut by time.</summary>
    public int? MinTestRunsPerFold { get; init; }

    /// <summary>The most folds the test period could be cut into by count; null when cut by time.</summary>
    public int? MaxFolds { get; init; }

    /// <summary>How many test runs each fold predicted, in order.</summary>
    public IReadOnlyList<int> FoldTestRuns => [.. Predictions.GroupBy(p => p.Fold).OrderBy(g => g.Key).Select(g => g.Count())];

    /// <summary>The question without a plan.</summary>
    public required IReadOnlyList<ModelScore> Models { get; init; }

    /// <summary>The test samples of the question without a plan.</summary>
    public required IReadOnlyList<BackTestPrediction> Predictions { get; init; }

    /// <summary>The question with each test run's own type and distance as its plan; null in a report made without it.</summary>
    public BackTestTask? Conditioned { get; init; }

    /// <summary>The question without a plan, as a task.</summary>
    public BackTestTask Unconditioned => new(Models, Predictions);

    public ModelScore? Find(string name) => Unconditioned.Find(name);

    /// <summary>The best baseline of the question without a plan (<see cref="BackTestTask.BestBaseline"/>).</summary>
    public ModelScore? BestBaseline() => Unconditioned.BestBaseline();

    /// <summary>Whether <paramref name="name"/> beat the best baseline without a plan (<see cref="BackTestTask.Beats"/>).</summary>
    public bool? Beats(string name) => Unconditioned.Beats(name);
}
