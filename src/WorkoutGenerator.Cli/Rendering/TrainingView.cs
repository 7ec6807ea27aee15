using System.Globalization;
using Spectre.Console;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Modeling;

namespace WorkoutGenerator.Cli.Rendering;

/// <summary>The progress bar of a training (epoch, train and validation error) and its summary.</summary>
internal static class TrainingView
{
    public static TrainingOutcome Run(IAnsiConsole console, bool quiet, Func<IProgress<TrainingProgress>?, TrainingOutcome> train)
    {
        if (quiet || !console.Profile.Capabilities.Interactive)
        {
            return train(null);
        }

        TrainingOutcome result = null!;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask("Training", maxValue: 1.0);
                result = train(new Reporter(task));
                task.Value = task.MaxValue;
            });
        return result;
    }

    public static void Render(IAnsiConsole console, TrainingOutcome outcome)
    {
        var (result, options) = outcome;
        var training = result.Training;
        if (training.Cancelled)
        {
            console.MarkupLine("[yellow]Stopped on request[/]: kept the best weights so far.");
        }

        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("Member").AddColumn("Seed").AddColumn(new TableColumn("Epochs").RightAligned())
            .AddColumn(new TableColumn("Best epoch").RightAligned()).AddColumn(new TableColumn("Validation MAE").RightAligned());
        for (var m = 0; m < training.Members.Count; m++)
        {
            var member = training.Members[m];
            table.AddRow(
                (m + 1).ToString(CultureInfo.InvariantCulture),
                member.Seed.ToString(CultureInfo.InvariantCulture),
                member.EpochsRun.ToString(CultureInfo.InvariantCulture),
                member.BestEpoch == 0 ? "0 (pre-trained)" : member.BestEpoch.ToString(CultureInfo.InvariantCulture),
                member.BestValidationMaeSecondsPerKm is { } mae ? mae.ToString("0.0", CultureInfo.InvariantCulture) + " s/km" : "-");
        }

        console.Write(table);
        var data = result.Metadata.Data!;
        console.MarkupLineInterpolated(
            $"Trained {options.EnsembleSize} x {Describe(options)} on {data.TrainSamples:N0} samples (validation {data.ValidationSamples:N0}) from {data.Runs:N0} runs in {result.Elapsed.TotalSeconds:0.0} s.");
        if (result.FineTunedFrom is { } pretrained)
        {
            console.MarkupLineInterpolated($"Fine-tuned from the pre-trained weights (sha256 {pretrained[..12]}).");
            if (training.Members.Count > 0 && training.Members.All(member => member.BestEpoch == 0))
            {
                console.MarkupLine("No epoch of fine-tuning beat the pre-trained weights on your newest runs: they are used as they are.");
            }
        }

        console.MarkupLineInterpolated($"Saved to {ConsoleText.Clean(result.Directory)}");
        if (result.Notice is { } notice)
        {
            console.MarkupLineInterpolated($"[yellow]note:[/] {ConsoleText.Clean(notice)}");
        }
    }

    public static string Describe(TransformerSetup options)
    {
        var size = options.Size switch { ModelSize.Seed => "seed-size", ModelSize.Tiny => "tiny", _ => "custom" };
        return $"{size} transformer ({options.Width} wide, {options.EncoderLayers}+{options.DecoderLayers} layers, {(options.PredictResidual ? "residual over ewma" : "direct pace")})";
    }

    private sealed class Reporter(ProgressTask task) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value)
        {
            task.Value = ((value.Member - 1) + ((double)value.Epoch / value.Epochs)) / value.Members;
            var validation = value.ValidationMaeSecondsPerKm is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "-";
            task.Description = string.Create(CultureInfo.InvariantCulture, $"Model {value.Member}/{value.Members} epoch {value.Epoch}/{value.Epochs}: train {value.TrainMaeSecondsPerKm:0.0}, validation {validation} s/km");
        }
    }
}
