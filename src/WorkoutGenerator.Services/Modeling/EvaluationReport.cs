using WorkoutGenerator.Domain.Runs;
using WorkoutGenerator.Domain.Units;
using WorkoutGenerator.Model.Evaluation;
using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.Services.Modeling;

/// <summary>
/// A back-test's scores as a host shows them: how many runs were predicted in how many folds, and each question's
/// models with their errors, its best baseline and whether the Transformer beat it.
/// </summary>
/// <param name="TrainSamples">Samples available for training at the first fold (training plus validation).</param>
/// <param name="Unconditioned">The question without a plan (what `next` asks without a stored plan).</param>
/// <param name="Conditioned">The question with each run's type and distance known (what a plan asks); null in a back-test made without it.</param>
/// <param name="FoldLength">Each fold's length when the test period was cut by time; null when cut by count of test runs.</param>
/// <param name="MinTestRunsPerFold">The least test runs a fold was cut to hold, when cut by count; null when cut by time.</param>
/// <param name="MaxFolds">The most folds the test period could be cut into by count; null when cut by time.</param>
/// <param name="FoldTestRuns">How many test runs each fold predicted, in order.</param>
public sealed record EvaluationReport(
    int TrainSamples,
    int TestSamples,
    int Folds,
    TimeSpan? FoldLength,
    EvaluationQuestion Unconditioned,
    EvaluationQuestion? Conditioned,
    int? MinTestRunsPerFold = null,
    int? MaxFolds = null,
    IReadOnlyList<int>? FoldTestRuns = null)
{
    internal static EvaluationReport From(BackTestReport report) => new(
        report.TrainSamples,
        report.TestSamples,
        report.Folds,
        report.FoldLength,
        EvaluationQuestion.From(report.Unconditioned),
        report.Conditioned is { } conditioned ? EvaluationQuestion.From(conditioned) : null,
        report.MinTestRunsPerFold,
        report.MaxFolds,
        report.FoldTestRuns);
}

/// <summary>One question of the back-test: every model's errors on the same runs, the best baseline, and whether the Transformer beat it.</summary>
/// <param name="TransformerBeatsBestBaseline">Null when the Transformer or every baseline was left out.</param>
public sealed record EvaluationQuestion(IReadOnlyList<ScoredModel> Models, string? BestBaseline, bool? TransformerBeatsBestBaseline)
{
    internal static EvaluationQuestion From(BackTestTask task) => new(
        [.. task.Models.Select(ScoredModel.From)],
        task.BestBaseline()?.Name,
        task.Beats(TransformerPacePredictor.ModelName));
}

/// <summary>One model's errors over the test runs, overall and per workout type (in the order the back-test met them).</summary>
public sealed record ScoredModel(string Name, PaceErrors Overall, IReadOnlyDictionary<WorkoutType, PaceErrors> ByWorkoutType)
{
    internal static ScoredModel From(ModelScore score)
    {
        var byType = new Dictionary<WorkoutType, PaceErrors>();
        foreach (var (type, errors) in score.ByWorkoutType)
        {
            byType.Add(type, PaceErrors.From(errors));
        }

        return new ScoredModel(score.Name, PaceErrors.From(score.Overall), byType);
    }
}

/// <summary>The mean absolute and root-mean-square pace errors over <see cref="Count"/> runs.</summary>
public sealed record PaceErrors(int Count, double MaeSecondsPerKm, double RmseSecondsPerKm)
{
    private const double KilometersPerMile = Distance.MetersPerMile / Distance.MetersPerKilometer;

    /// <summary>A pace error of x s/km is x · 1.609344 s/mi.</summary>
    public double MaeSecondsPerMile => MaeSecondsPerKm * KilometersPerMile;

    public double RmseSecondsPerMile => RmseSecondsPerKm * KilometersPerMile;

    internal static PaceErrors From(ErrorMetrics errors) => new(errors.Count, errors.MaeSecondsPerKm, errors.RmseSecondsPerKm);
}
