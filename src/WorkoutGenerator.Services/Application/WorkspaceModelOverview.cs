using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Services.Prediction;

namespace WorkoutGenerator.Services.Application;

/// <summary>The model's overview as a use case of a workspace, beside <see cref="Workspace.Train"/>, <see cref="Workspace.Evaluate"/> and <see cref="Workspace.Predict"/>.</summary>
public static class WorkspaceModelOverview
{
    /// <summary>What the model is and how its last back-test went (see <see cref="Modeling.ModelOverview.Of"/>); reads only.</summary>
    public static ModelOverview ModelOverview(this Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var overview = Modeling.ModelOverview.Of(workspace.Models);
        return overview with { Pacing = PaceModelRule.Pacing(overview.Metadata) };
    }
}
