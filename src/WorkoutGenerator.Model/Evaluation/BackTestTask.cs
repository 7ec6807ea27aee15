using WorkoutGenerator.Model.Prediction;

namespace WorkoutGenerator.Model.Evaluation;

/// <summary>
/// One question of the back-test answered by every model on the same test samples: without a plan (the seed's
/// task, where the type follows from the pace) or with the planned type and distance known.
/// </summary>
public sealed record BackTestTask(IReadOnlyList<ModelScore> Models, IReadOnlyList<BackTestPrediction> Predictions)
{
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
