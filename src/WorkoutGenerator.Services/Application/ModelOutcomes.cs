using WorkoutGenerator.Model.Transformer;
using WorkoutGenerator.Services.Modeling;

namespace WorkoutGenerator.Services.Application;

/// <summary>A training and the Transformer it trained (the request over the defaults).</summary>
public sealed record TrainingOutcome(TrainResult Result, TransformerSetup Options);

/// <summary>A back-test and the Transformer it refitted in every fold.</summary>
public sealed record EvaluationOutcome(EvaluationResult Result, TransformerSetup Options);

/// <summary>
/// The Transformer a training or a back-test ran with, as a runner reads it: its size and shape, whether it predicts
/// the pace's distance from the ewma level, and the ensemble and epoch budget.
/// </summary>
/// <param name="Size">The named size (<see cref="ModelSize"/>); null for another architecture (an experiment's).</param>
/// <param name="Width">The model dimension (d_model).</param>
/// <param name="PredictResidual">True: the pace's distance from the ewma level; false: the pace itself.</param>
public sealed record TransformerSetup(ModelSize? Size, int Width, int EncoderLayers, int DecoderLayers, bool PredictResidual, int EnsembleSize, int Epochs)
{
    /// <summary>What <c>train</c> runs with no option given.</summary>
    public static TransformerSetup Defaults { get; } = Of(new TransformerTrainingOptions());

    internal static TransformerSetup Of(TransformerTrainingOptions options)
    {
        var a = options.Architecture;
        ModelSize? size = a == PaceTransformerOptions.Seed ? ModelSize.Seed : a == PaceTransformerOptions.Tiny ? ModelSize.Tiny : null;
        return new TransformerSetup(size, a.ModelDim, a.EncoderLayers, a.DecoderLayers, options.PredictResidual, options.EnsembleSize, options.Epochs);
    }
}
