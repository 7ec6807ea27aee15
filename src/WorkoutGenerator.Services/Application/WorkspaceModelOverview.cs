using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Services.Prediction;

namespace WorkoutGenerator.Services.Application;

/// <summary>The model's overview as a use case of a workspace, beside <see cref="Workspace.Model"/>'s train, evaluate and predict.</summary>
public static class WorkspaceModelOverview
{
    /// <summary>What the model is and how its last back-test went (see <see cref="ModelService.Overview"/>); reads only.</summary>
    public static ModelOverview ModelOverview(this Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var overview = ModelService.Overview(ModelStore.For(workspace.Database));
        return overview with { Pacing = PaceModelRule.Pacing(overview.Metadata) };
    }
}
