using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using WorkoutGenerator.Services.Application;

namespace WorkoutGenerator.Cli.Commands;

/// <summary>Options of <c>pretrain</c>.</summary>
public sealed class PretrainSettings : CommandSettings
{
    [CommandOption("--corpus <DIR>")]
    [Description("The corpus folder (tools/corpus/rebuild-corpus.sh writes it): one activities.csv per runner.")]
    public string? Corpus { get; init; }

    [CommandOption("--out <DIR>")]
    [Description("Where the weights, their manifest, the training log and the loss curve are written.")]
    public string? Out { get; init; }

    [CommandOption("--held-out <FILE>")]
    [Description("The held-out activity list (sha256-16 per line): a runner with any of them is left out.")]
    public string? HeldOut { get; init; }

    [CommandOption("--exclude <EXPORT>")]
    [Description("An export (or a folder of exports) whose activities must not be in the corpus; repeatable.")]
    public string[] Exclude { get; init; } = [];

    [CommandOption("--corpus-manifest <FILE>")]
    [Description("The corpus manifest (tools/corpus/corpus-manifest.json); its SHA-256 goes into the weights' manifest.")]
    public string? CorpusManifest { get; init; }

    [CommandOption("--epochs <N>")]
    [Description("The most epochs (default 60); the learning rate decays to 0 at the last.")]
    public string? EpochsOption { get; init; }

    [CommandOption("--seed <N>")]
    [Description("Random seed (default 1).")]
    public string? SeedOption { get; init; }

    [CommandOption("--threads <N>")]
    [Description("libtorch threads (default 1).")]
    public string? ThreadsOption { get; init; }

    public override ValidationResult Validate()
    {
        var error = WholeNumber.Error(OptionBounds.Epochs, EpochsOption) ?? WholeNumber.Error(OptionBounds.Seed, SeedOption) ?? WholeNumber.Error(OptionBounds.Threads, ThreadsOption)
            ?? (Corpus is null ? "--corpus is required." : null)
            ?? (Out is null ? "--out is required." : null)
            ?? (HeldOut is null ? "--held-out is required: pre-training must never see the held-out runners." : null);
        return error is null ? ValidationResult.Success() : ValidationResult.Error(error);
    }

    public PretrainRequest ToRequest()
    {
        return new PretrainRequest(
            Corpus!, Out!, HeldOut!, Exclude, CorpusManifest, WholeNumber.Parse(EpochsOption), WholeNumber.Parse(SeedOption), WholeNumber.Parse(ThreadsOption));
    }
}

/// <summary><c>workoutgen pretrain</c>: a thin host over <see cref="PretrainUseCase"/>; one line per epoch.</summary>
public sealed class PretrainCommand(CliContext context) : Command<PretrainSettings>
{
    public override int Execute(CommandContext commandContext, PretrainSettings settings, CancellationToken cancellationToken)
    {
        var result = new PretrainUseCase(context.Time).Run(settings.ToRequest(), new Printer(context.Console), cancellationToken);
        foreach (var skipped in result.Skipped)
        {
            context.Console.MarkupLineInterpolated($"[yellow]left out[/] {ConsoleText.Clean(skipped.Name)}: {skipped.Reason}");
        }

        var summary = result.Best;
        context.Console.MarkupLineInterpolated(
            $"Pre-trained on {result.Runners} runners ({result.TrainSamples:N0} samples, validation {result.ValidationSamples:N0}) in {result.Elapsed.TotalMinutes:0.0} min; best epoch {summary?.BestEpoch ?? 0} of {summary?.EpochsRun ?? 0}, validation MAE {summary?.BestValidationMaeSecondsPerKm ?? double.NaN:0.00} s/km.");
        if (result.Cancelled)
        {
            context.Console.MarkupLine("[yellow]Stopped on request[/]: the best weights so far are saved.");
        }

        context.Console.MarkupLineInterpolated($"Saved to {ConsoleText.Clean(result.OutputDirectory)}");
        return 0;
    }

    private sealed class Printer(IAnsiConsole console) : IProgress<PretrainingEpoch>
    {
        public void Report(PretrainingEpoch value) => console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"epoch {value.Epoch}/{value.Epochs}: train {value.TrainMae:0.00} s/km, validation {value.ValidationMaeUnconditioned:0.00} (type unknown) / {value.ValidationMaeConditioned:0.00} (plan known){(value.IsBest ? ", best so far, saved" : string.Empty)} [{value.Elapsed.TotalSeconds:0} s]"));
    }
}
