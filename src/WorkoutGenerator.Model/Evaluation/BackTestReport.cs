using WorkoutGenerator.Model.Prediction;

namespace WorkoutGenerator.Model.Evaluation;

/// <summary>The outcome of a back-test: every model scored on exactly the same test samples.</summary>
public sealed record BackTestReport
{
    /// <summary>Samples available for training at the first fold (training plus validation).</summary>
    public required int TrainSamples { get; init; }

    /// <summary>Of <see cref="TrainSamples"/>, those held out for validation at the first fold.</summary>
    public required int ValidationSamples { get; init; }

    public required int TestSamples { get; init; }

    public required int Folds { get; init; }

    public required TimeSpan FoldLength { get; init; }

    public required IReadOnlyList<ModelScore> Models { get; init; }

    public required IReadOnlyList<BackTestPrediction> Predictions { get; init; }

    public ModelScore? Find(string name) => Models.FirstOrDefault(m => m.Name == name);

    /// <summary>The model named in <see cref="PaceBaselines.ToBeat"/> with the lowest MAE; null when none ran.</summary>
    public ModelScore? BestBaseline() =>
        Models.Where(m => PaceBaselines.ToBeat.Contains(m.Name)).MinBy(m => m.Overall.MaeSecondsPerKm);

    /// <summary>Whether <paramref name="name"/> has a lower MAE than the best baseline; null when either is missing.</summary>
    public bool? Beats(string name)
    {
        var model = Find(name);
        var best = BestBaseline();
        return model is null || best is null ? null : model.Overall.MaeSecondsPerKm < best.Overall.MaeSecondsPerKm;
    }
}
