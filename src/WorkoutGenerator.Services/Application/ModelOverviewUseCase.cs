using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Services.Prediction;

namespace WorkoutGenerator.Services.Application;

/// <summary>What the model is, how its last back-test went and which model paces the runner's runs; reads only.</summary>
public sealed class ModelOverviewUseCase
{
    private readonly Workspace _workspace;

    internal ModelOverviewUseCase(Workspace workspace) => _workspace = workspace;

    /// <summary>The stored model's overview (see <see cref="Modeling.ModelOverview.Of"/>) with the pacing it gives.</summary>
    public ModelOverview Run()
    {
        var overview = Modeling.ModelOverview.Of(_workspace.Models);
        return overview with { Pacing = PaceModelRule.Pacing(overview.Metadata) };
    }
}
