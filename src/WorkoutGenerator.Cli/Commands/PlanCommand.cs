using Spectre.Console;
using Spectre.Console.Cli;
using WorkoutGenerator.Cli.Rendering;
using WorkoutGenerator.Services.Application;
using WorkoutGenerator.Services.Planning;
using WorkoutGenerator.Services.Views;

namespace WorkoutGenerator.Cli.Commands;

public sealed class PlanCommand(CliContext context) : Command<PlanSettings>
{
    public override int Execute(CommandContext commandContext, PlanSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Status)
        {
            using var readOnly = WorkspaceOpener.Open(context, settings, WorkspaceAccess.Read);
            return ShowStatus(readOnly, settings);
        }

        using var workspace = WorkspaceOpener.Open(context, settings, WorkspaceAccess.Write);
        return MakePlan(workspace, settings, cancellationToken);
    }

    private int MakePlan(Workspace workspace, PlanSettings settings, CancellationToken cancellationToken)
    {
        var exports = new PlanExports(settings.Ics, settings.Csv, settings.FitDirectory, settings.Unit);
        var request = new PlanRequest(settings.RaceDay!.Value, settings.FromDay, settings.RaceKind, settings.RunsPerWeek, settings.LongRunWeekday, exports);
        var made = workspace.Plan.Run(request, cancellationToken);
        var plan = made.Plan;
        if (settings.Json)
        {
            context.DataOut.WriteLine(workspace.Exports.PlanJson(plan, settings.Unit));
            context.DataOut.Flush();
            return 0;
        }

        var console = context.Console;
        PlanTable.Render(console, made, settings.Unit, weeks: null);
        foreach (var file in new[] { settings.Ics, settings.Csv }.OfType<string>())
        {
            console.MarkupLineInterpolated($"Wrote {plan.Workouts.Count} workouts to {ConsoleText.Clean(file)}.");
        }

        if (settings.FitDirectory is { } written)
        {
            console.MarkupLineInterpolated($"Wrote a FIT workout file for each training run to {ConsoleText.Clean(written)} (replacing the ones it wrote there for an earlier plan); copy them to GARMIN/NewFiles on the watch.");
        }

        return 0;
    }

    private int ShowStatus(Workspace workspace, PlanSettings settings)
    {
        var status = workspace.PlanStatus.Run(settings.FromDay);
        if (settings.Json)
        {
            JsonOutput.Write(context.DataOut, PlanStatusView.From(status));
            return 0;
        }

        PlanStatusTables.Render(context.Console, status, settings.Unit);
        TimeZoneNote.Render(context.Console, status.TimeZone);
        return 0;
    }
}
