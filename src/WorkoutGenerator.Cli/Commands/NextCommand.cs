using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using WorkoutGenerator.Cli.Rendering;
using WorkoutGenerator.Services.Application;

namespace WorkoutGenerator.Cli.Commands;

public sealed class NextSettings : DataSettings
{
    [CommandOption("--at <DATE>")]
    [Description("The slot to prescribe for, \"yyyy-MM-dd HH:mm\" or yyyy-MM-dd (07:00); only runs before it are used. Default: the next 07:00.")]
    public string? At { get; init; }

    [CommandOption("--fit <FILE>")]
    [Description("Also write the workout as a FIT workout file for a watch (copy it to GARMIN/NewFiles).")]
    public string? Fit { get; init; }

    public DateTime? Slot => CliDates.TryParseSlot(At, NextWorkoutUseCase.MorningSlot, out var slot) ? slot : null;

    public override ValidationResult Validate() =>
        At is not null && Slot is null
            ? ValidationResult.Error($"--at must be a date (yyyy-MM-dd) or a date and time (\"yyyy-MM-dd HH:mm\"), not \"{At}\".")
            : base.Validate();
}

public sealed class NextCommand(CliContext context) : Command<NextSettings>
{
    public override int Execute(CommandContext commandContext, NextSettings settings, CancellationToken cancellationToken)
    {
        using var workspace = WorkspaceOpener.Open(context, settings, WorkspaceAccess.Read);
        var next = workspace.Next.Run(new NextRequest(settings.Slot, settings.Fit), cancellationToken);
        if (settings.Json)
        {
            context.DataOut.WriteLine(workspace.Exports.WorkoutJson(next.Workout, settings.Unit));
            context.DataOut.Flush();
            return 0;
        }

        context.Console.Write(WorkoutCard.Build(next.Workout, next.Predictor, settings.Unit));
        TimeZoneNote.Render(context.Console, next.TimeZone);
        if (settings.Fit is { } written)
        {
            context.Console.MarkupLineInterpolated($"Wrote {ConsoleText.Clean(written)}: copy it to GARMIN/NewFiles on the watch.");
        }

        return 0;
    }
}
