using WorkoutGenerator.Services.Modeling;
using WorkoutGenerator.Services.Prediction;
using WorkoutGenerator.Storage;

namespace WorkoutGenerator.Cli.Commands;

/// <summary>
/// The one place the CLI chooses its pace predictor: the model saved beside the database by `train` (or the
/// baseline that beat it in `evaluate`), else the recent-pace fallback.
/// </summary>
internal static class Predictors
{
    public static PacePredictorProvider For(WorkoutDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return new PacePredictorProvider(zone => TrainedPredictors.Load(ModelStore.For(database), zone));
    }
}
