using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using WorkoutGenerator.Domain.Errors;
using WorkoutGenerator.Services.Application;

namespace WorkoutGenerator.Cli.Commands;

/// <summary>Options of the commands that train the transformer (train, evaluate).</summary>
public class ModelSettings : DataSettings
{
    [CommandOption("--seed <N>")]
    [Description("Random seed for weights and shuffling (default 1); the same seed gives the same model.")]
    [DefaultValue("1")]
    public string SeedOption { get; init; } = "1";

    public int Seed => WholeNumber.Parse(SeedOption) ?? 1;

    [CommandOption("--epochs <N>")]
    [Description("The most epochs each ensemble member trains (early stopping usually ends sooner).")]
    public string? EpochsOption { get; init; }

    public int? Epochs => WholeNumber.Parse(EpochsOption);

    [CommandOption("--size <SIZE>")]
    [Description("seed (the seed's 1.85M-parameter model, default) or tiny (22k parameters).")]
    [DefaultValue("seed")]
    public string Size { get; init; } = "seed";

    [CommandOption("--ensemble <N>")]
    [Description("How many models (seeds) to train and average.")]
    public string? EnsembleOption { get; init; }

    public int? Ensemble => WholeNumber.Parse(EnsembleOption);

    [CommandOption("--no-residual")]
    [Description("Predict the pace itself instead of its distance from the ewma level.")]
    public bool NoResidual { get; init; }

    [CommandOption("--fine-tune <LAYERS>")]
    [Description("all (default: every layer adapts to your runs, at a low learning rate) or decoder (the pre-trained encoder stays as it is).")]
    [DefaultValue("all")]
    public string FineTune { get; init; } = "all";

    [CommandOption("--threads <N>")]
    [Description("libtorch threads (default 1: more only helps on idle cores).")]
    public string? ThreadsOption { get; init; }

    public int? Threads => WholeNumber.Parse(ThreadsOption);

    public override ValidationResult Validate()
    {
        var outOfRange = WholeNumber.Error(OptionBounds.Seed, SeedOption) ?? WholeNumber.Error(OptionBounds.Epochs, EpochsOption)
            ?? WholeNumber.Error(OptionBounds.Ensemble, EnsembleOption) ?? WholeNumber.Error(OptionBounds.Threads, ThreadsOption);
        if (outOfRange is not null)
        {
            return ValidationResult.Error(outOfRange);
        }

        if (FineTune is not ("all" or "decoder"))
        {
            return ValidationResult.Error($"--fine-tune must be all or decoder, not \"{InputExcerpt.Of(FineTune)}\".");
        }

        if (Size is not ("seed" or "tiny"))
        {
            return ValidationResult.Error($"--size must be seed or tiny, not \"{InputExcerpt.Of(Size)}\".");
        }

        return base.Validate();
    }

    public TrainingRequest ToRequest() =>
        new(Seed, Epochs, Size == "tiny" ? ModelSize.Tiny : ModelSize.Seed, Ensemble, PredictResidual: !NoResidual, Threads, FineTuneEncoder: FineTune == "all");
}
