using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using WorkoutGenerator.Model.Transformer;

namespace WorkoutGenerator.Cli.Commands;

/// <summary>Options of the commands that train the transformer (train, evaluate).</summary>
public class ModelSettings : DataSettings
{
    [CommandOption("--seed <N>")]
    [Description("Random seed for weights and shuffling (default 1); the same seed gives the same model.")]
    [DefaultValue(1)]
    public int Seed { get; init; } = 1;

    [CommandOption("--epochs <N>")]
    [Description("The most epochs each ensemble member trains (early stopping usually ends sooner).")]
    public int? Epochs { get; init; }

    [CommandOption("--size <SIZE>")]
    [Description("seed (the seed's 1.85M-parameter model, default) or tiny (22k parameters).")]
    [DefaultValue("seed")]
    public string Size { get; init; } = "seed";

    [CommandOption("--ensemble <N>")]
    [Description("How many models (seeds) to train and average.")]
    public int? Ensemble { get; init; }

    [CommandOption("--no-residual")]
    [Description("Predict the pace itself instead of its distance from the ewma level.")]
    public bool NoResidual { get; init; }

    [CommandOption("--threads <N>")]
    [Description("libtorch threads (default 1: more only helps on idle cores).")]
    public int? Threads { get; init; }

    public override ValidationResult Validate()
    {
        if (Threads is <= 0)
        {
            return ValidationResult.Error("--threads must be a positive number.");
        }

        if (Size is not ("seed" or "tiny"))
        {
            return ValidationResult.Error($"--size must be seed or tiny, not \"{Size}\".");
        }

        if (Epochs is <= 0)
        {
            return ValidationResult.Error("--epochs must be a positive number.");
        }

        return Ensemble is <= 0 ? ValidationResult.Error("--ensemble must be a positive number.") : base.Validate();
    }

    public TransformerTrainingOptions ToOptions(TransformerTrainingOptions? defaults = null)
    {
        var options = defaults ?? new TransformerTrainingOptions();
        return options with
        {
            Seed = Seed,
            Threads = Threads ?? options.Threads,
            Epochs = Epochs ?? options.Epochs,
            EnsembleSize = Ensemble ?? options.EnsembleSize,
            PredictResidual = !NoResidual && options.PredictResidual,
            Architecture = Size == "tiny" ? PaceTransformerOptions.Tiny : options.Architecture,
        };
    }
}
