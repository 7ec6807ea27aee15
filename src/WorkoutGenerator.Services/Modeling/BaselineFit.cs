using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Model.Features;
using WorkoutGenerator.Model.Prediction;

namespace WorkoutGenerator.Services.Modeling;

/// <summary>The baseline a back-test named (the one that beat the Transformer), fitted to answer in its place.</summary>
internal static class BaselineFit
{
    /// <summary>The baseline called <paramref name="name"/>, fitted on every sample of the runner's history.</summary>
    public static IPacePredictor Of(string name, PaceDataset dataset, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var model = PaceBaselines.Factories().Select(f => f()).FirstOrDefault(m => m.Name == name)
            ?? throw new UserFacingException($"the saved back-test names \"{name}\", which is not one of the baselines ({string.Join(", ", PaceBaselines.ToBeat)}); run workoutgen evaluate again.");
        model.Fit(new PaceTrainingSet(dataset.Samples, [], dataset.History), ct);
        return model;
    }
}
