using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using WorkoutGenerator.Cli.Rendering;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Views;

namespace WorkoutGenerator.Cli.Commands;

public sealed class StatsSettings : DataSettings
{
    [CommandOption("--weeks <N>")]
    [Description("Show the last N weeks (default 16; 0 for all).")]
    [DefaultValue("16")]
    public string WeeksOption { get; init; } = "16";

    public int Weeks => WholeNumber.Parse(WeeksOption) ?? 16;

    public override ValidationResult Validate() =>
        WholeNumber.Error(OptionBounds.Weeks, WeeksOption) is { } error ? ValidationResult.Error(error) : base.Validate();
}

public sealed class StatsCommand(CliContext context) : Command<StatsSettings>
{
    public override int Execute(CommandContext commandContext, StatsSettings settings, CancellationToken cancellationToken)
    {
        using var workspace = WorkspaceOpener.Open(context, settings, WorkspaceAccess.Read);
        var shown = workspace.Weeks.List(settings.Weeks);
        if (settings.Json)
        {
            JsonOutput.Write(context.DataOut, shown.Select(WeekView.From).ToList());
            return 0;
        }

        DamageNotes.Write(context.Console, workspace.Runs.Damaged());
        if (shown.Count == 0)
        {
            context.Console.MarkupLineInterpolated($"No runs in {ConsoleText.Clean(workspace.DatabasePath)} yet. Import an export first: workoutgen import <path>");
            return 0;
        }

        context.Console.Write(WeekTable.Build(shown, settings.Unit));
        return 0;
    }
}
