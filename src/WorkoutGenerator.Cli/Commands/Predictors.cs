using WorkoutGenerator.Services.Prediction;

namespace WorkoutGenerator.Cli.Commands;

/// <summary>
/// The one place the CLI chooses its pace predictor. Today that is the recent-pace fallback; the trained model
/// plugs in here by giving <see cref="PacePredictorProvider"/> a loader.
/// </summary>
internal static class Predictors
{
    public static PacePredictorProvider For(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new PacePredictorProvider();
    }
}
