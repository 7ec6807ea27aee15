using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using WorkoutGenerator.Cli.Rendering;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Importing;
using WorkoutGenerator.Services.Views;

namespace WorkoutGenerator.Cli.Commands;

public sealed class ImportSettings : DataSettings
{
    [CommandArgument(0, "<PATH>")]
    [Description("The export zip, its unzipped folder, or activities.csv.")]
    public string Path { get; init; } = "";

    public override ValidationResult Validate()
    {
        var units = base.Validate();
        if (!units.Successful)
        {
            return units;
        }

        return File.Exists(Path) || Directory.Exists(Path)
            ? ValidationResult.Success()
            : ValidationResult.Error($"{Path}: no such file or folder.");
    }
}

public sealed class ImportCommand(CliContext context) : Command<ImportSettings>
{
    public override int Execute(CommandContext commandContext, ImportSettings settings, CancellationToken cancellationToken)
    {
        using var workspace = WorkspaceOpener.Open(context, settings, WorkspaceAccess.Create);
        ImportSummary summary = null!;
        if (settings.Json || !context.Console.Profile.Capabilities.Interactive)
        {
            summary = workspace.Import.Run(settings.Path, null, cancellationToken);
        }
        else
        {
            context.Console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(progress =>
                {
                    var task = progress.AddTask($"Importing {System.IO.Path.GetFileName(settings.Path)}", maxValue: 1.0);
                    summary = workspace.Import.Run(settings.Path, new ProgressBarReporter(task), cancellationToken);
                    task.Value = task.MaxValue;
                });
        }

        if (settings.Json)
        {
            JsonOutput.Write(context.DataOut, ImportSummaryView.From(summary));
        }
        else
        {
            ImportSummaryRenderer.Render(context.Console, summary, workspace.DatabasePath);
        }

        return summary.Failed ? 1 : 0;
    }

    private sealed class ProgressBarReporter(ProgressTask task) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.TotalBytes is > 0 and var total)
            {
                task.Value = Math.Min(1.0, (double)value.BytesRead / total);
            }

            task.Description = $"Importing: {value.RowsRead:N0} rows";
        }
    }
}
